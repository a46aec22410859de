/**
 * Word lists for the people tagger, kept as data. Written for this project from general
 * knowledge of English news style (AP Stylebook title conventions, common role nouns);
 * no third-party list is copied. Lower-case, space-separated, split once at load.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/**
 * Role nouns and title words. A capitalised run containing one is a title ("ITU Secretary General
 * Hamadoun Toure"), a lower-case one before a name is a role ("coach Shu Kamo"), and a person
 * with one is an official.
 */
export const TITLE_WORDS = words(`
  president vice-president minister ministers premier chancellor secretary secretary-general
  general undersecretary under-secretary deputy assistant governor lieutenant mayor senator sen
  congressman congresswoman representative rep ambassador envoy consul commissioner commissioner
  chairman chairwoman chair chairperson director director-general ceo cfo coo cto executive
  founder co-founder cofounder owner partner head chief spokesman spokeswoman spokesperson
  spokespeople official officer adviser advisor counsel attorney prosecutor judge justice magistrate
  sheriff commander colonel col major maj captain capt lieutenant lt sergeant sgt admiral adm
  gen marshal brigadier corporal cpl private pvt inspector superintendent constable detective
  professor prof lecturer researcher scientist economist analyst dean rector provost principal
  king queen prince princess emperor sultan sheikh emir crown pope cardinal archbishop bishop
  reverend rev rabbi imam priest pastor ayatollah patriarch coach manager captain striker
  goalkeeper midfielder defender player quarterback pitcher trainer president-elect
  lawmaker legislator mp mep leader chief-of-staff administrator coordinator superintendent
  treasurer auditor registrar clerk speaker whip delegate councillor councilman councilwoman
  alderman comptroller ombudsman regulator ceo-elect editor editor-in-chief publisher
  correspondent columnist dr mr mrs ms mx sir dame lord lady baron baroness gov atty supt
  member negotiator strategist consultant economist historian organizer organiser
  campaigner curator architect engineer surgeon physician nurse teacher
  lawyer aide candidate nominee activist expert specialist staffer diplomat investigator ranger
  writer reporter journalist supervisor scholar counterpart elect
`);

/** Honorifics that precede a name but are not titles worth reporting. */
export const HONORIFICS = words('mr mr. mrs mrs. ms ms. mx dr dr. sir dame');

/** Roles that make a person an official (public or organisational office), beyond TITLE_WORDS
 * used as plain honorifics. */
export const NON_OFFICIAL_TITLES = words('mr mrs ms mx dr sir dame lord lady');

/** Last words of organisation names: "International Telecommunication Union", "Apple Inc". */
export const ORGANIZATION_WORDS = words(`
  union ministry department agency administration office bureau council committee commission
  board authority legislature company corporation corp inc ltd llc plc group holdings bank fund foundation
  institute institution university college school academy association federation league
  organization organisation party parliament congress senate assembly court tribunal police
  army navy force forces guard service services network networks news times post journal
  program programme project initiative center centre hospital clinic church mosque club team
  society alliance coalition movement front trust partners capital ventures technologies
  systems industries airlines airways motors media press channel radio television tv studios
  labs laboratory exchange market markets reserve treasury cabinet government embassy
  consulate mission secretariat directorate conference forum summit convention resolution
  museum gallery library station shuttle system cup fair olympics games championship tournament
  festival awards prize magazine gazette herald tribune review hall tower towers island bridge
  airport port park square street avenue road aviation corps arts challenge studio studios
  orchestra band choir theatre theater hotel restaurant café cafe mall stadium arena explorer
  house nations rights international co research entertainment animation foods finance monitor
  tech war bowl illustrated republicans democrats advisers arrivals state relations treats
`);

/** Places: countries and some large cities and regions, for tags and to keep them out of names. */
export const PLACES = new Set(
  `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|Palau|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Britain|England|Scotland|Wales|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|America|Latin America|Middle East|Gaza|West Bank|Crimea|Kashmir|Hong Kong|Washington|New York|London|Paris|Berlin|Moscow|Beijing|Tokyo|Baku|Busan|Seoul|Delhi|New Delhi|Mumbai|Cairo|Nairobi|Lagos|Johannesburg|Sydney|Melbourne|Toronto|Ottawa|Vancouver|Los Angeles|San Francisco|Chicago|Boston|Houston|Dallas|Miami|Atlanta|Seattle|Brussels|Geneva|Rome|Madrid|Istanbul|Ankara|Tehran|Baghdad|Kabul|Islamabad|Jerusalem|Tel Aviv|Riyadh|Dubai|Doha|Kyiv|Kiev|Minsk|Warsaw|Vienna|Prague|Budapest|Athens|Lisbon|Dublin|Stockholm|Oslo|Copenhagen|Helsinki|Amsterdam|Hanoi|Bangkok|Manila|Jakarta|Singapore|Shanghai|Tashkent|Astana|Bishkek|Tbilisi|Yerevan|California|Texas|Florida|Indiana|Ohio|Michigan|Virginia|Iowa|Arizona|Nevada|Oregon|Alaska|Hawaii|Illinois|Pennsylvania|Massachusetts|Minnesota|Wisconsin|Missouri|Tennessee|Kentucky|Alabama|Louisiana|Mississippi|Arkansas|Oklahoma|Kansas|Nebraska|Colorado|Utah|Idaho|Montana|Wyoming|Maine|Vermont|Connecticut|Maryland|Delaware|New Jersey|North Carolina|South Carolina|South Dakota|North Dakota|New Mexico|West Virginia|Rhode Island|New Hampshire|Sioux Falls`.split('|'),
);

/**
 * Lower-case function words and frequent sentence openers: a capitalised token that is one of
 * these ("The", "Previously", "However") is not part of a name.
 */
export const COMMON_WORDS = words(`
  a an the this that these those it its he she they we i you his her their our my your him them us
  in on at for to of by with from into onto over under about after before during since until while
  and or but nor so yet if when where why how what who whom whose which as than then there here
  not no yes all any both each every few many more most much other some such only own same
  also just even still already again ever never always often sometimes now today yesterday tomorrow
  previously however meanwhile moreover furthermore therefore thus instead despite although though
  because unless whether according earlier later recently currently finally first second third last
  next new old many several one two three four five six seven eight nine ten monday tuesday
  wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  is are was were be been being has have had do does did will would can could should may might must
  said says say told tells according added noted warned stressed explained
  mr mrs ms dr sir read watch follow share click subscribe advertisement photo image video getty
  others everyone everybody nobody somebody someone anyone anybody perhaps maybe please
`);

/** Nationalities: capitalised, never names ("German chancellor", "Azerbaijani minister"). */
export const DEMONYMS = words(`
  american british english scottish welsh irish french german italian spanish portuguese dutch
  belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish russian
  ukrainian belarusian georgian armenian azerbaijani kazakh uzbek kyrgyz tajik turkmen chinese
  japanese korean vietnamese thai indian pakistani afghan iranian iraqi syrian lebanese israeli
  palestinian jordanian saudi egyptian libyan tunisian algerian moroccan nigerian kenyan
  ethiopian somali sudanese ugandan tanzanian south african canadian mexican brazilian
  argentine argentinian chilean colombian venezuelan peruvian cuban australian european asian
  african arab arabic muslim christian jewish catholic western eastern northern southern
  democratic republican democrat conservative liberal labour
`);

/** Plural nouns for groups of unnamed sources ("officials said", "Analysts say"): never a
 * person's name, and a speaker phrase ending in one is an anonymous source. */
export const SOURCE_NOUNS = words(`
  officials sources analysts experts critics residents witnesses police authorities investigators
  prosecutors diplomats observers people lawmakers activists organizers organisers doctors
  scientists researchers officers aides leaders executives economists historians elders locals
  families parents workers employees teachers students farmers voters protesters demonstrators
  supporters opponents owners users customers investors traders authors media respondents
  participants physicians nurses clinicians providers lawyers attorneys engineers fans survivors
  victims relatives patients passengers shoppers soldiers troops villagers neighbors neighbours
`);

/** AP-style abbreviated titles, for matching "the governor" to "Gov. Eric Holcomb". */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', lt: 'lieutenant',
  col: 'colonel', maj: 'major', capt: 'captain', sgt: 'sergeant', adm: 'admiral', atty: 'attorney',
  supt: 'superintendent', pres: 'president', prof: 'professor', rev: 'reverend', cmdr: 'commander',
};

/** Last words of place names: "Bering Sea", "Ninety Mile Beach", "Saratoga Springs" (GUM news),
 * "Cape Canaveral" (first word). */
export const PLACE_WORDS = words(`
  sea ocean beach harbour harbor bay river lake mountain mountains valley county province
  district region peninsula gulf strait canyon desert island islands coast manhattan brooklyn
  springs heights falls creek
`);
export const PLACE_FIRST_WORDS = words('cape mount lake port fort lower upper north south east west northern southern eastern western');

/**
 * Companies, brands, agencies and groups that news names in one word and that are no one's name:
 * "Microsoft says …", "Google Chrome", "Reuters reported". Household names only (written for this
 * project from general knowledge); names that are also common surnames (Ford, Dell, Disney, Tesla)
 * are left out.
 */
export const KNOWN_ORGANIZATIONS = new Set(
  `Reuters Bloomberg AFP Xinhua Tass Interfax Yonhap Kyodo Anadolu Al-Jazeera Google Alphabet
  Microsoft Apple Amazon Facebook Meta Twitter Instagram WhatsApp YouTube TikTok Netflix Uber Lyft
  Airbnb SpaceX Intel Nvidia IBM Oracle Cisco Samsung Sony Huawei Xiaomi Alibaba Tencent Baidu
  ByteDance Nokia Ericsson Siemens Philips Mozilla Firefox Chrome Safari Android iPhone iPad Windows
  Linux Wikipedia Yahoo LinkedIn Snapchat Reddit Spotify PayPal eBay Salesforce Adobe
  Lenovo Qualcomm OpenAI Toyota Nissan Volkswagen BMW Audi Fiat Renault Peugeot Hyundai Boeing
  Airbus Pfizer Moderna AstraZeneca Novartis Bayer Nestlé Unilever ExxonMobil Exxon Chevron Gazprom
  Rosneft Aramco Walmart Costco Starbucks McDonald's Coca-Cola Pepsi PepsiCo Nike Adidas Visa
  Mastercard JPMorgan Citigroup Barclays HSBC Goldman Hamas Hezbollah Taliban Kremlin Pentagon
  Interpol Europol Greenpeace Oxfam`.split(/\s+/),
);
