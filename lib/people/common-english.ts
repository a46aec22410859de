/**
 * Common English words that are no one's name, for the people tagger: a two-word capitalised run
 * that opens with one ("Successful Stormtroopers share a high-five", "Foreign Affairs minister",
 * "Visitor Complex"), or is made only of them, is not a person unless a title, a speech verb or a
 * family noun says so.
 *
 * Source: SCOWL (Spell Checker Oriented Word Lists) 2020.12.07, Debian package `scowl`, list
 * `english-words.10` (the most common English words), keeping lower-case base forms (no "-s" plural
 * of a listed word, no "-ed" or "-ing" form) and dropping every word that SCOWL also lists
 * capitalised as a proper name or upper-case word at any size (so "will", "mark", "rose", "brown",
 * "bush", "dries" are not here). Generated once; regenerate with the filter above.
 *
 * Licence of the source (SCOWL README), reproduced as it requires:
 *   Copyright 2000-2011 by Kevin Atkinson
 *   Permission to use, copy, modify, distribute and sell these word lists, the associated
 *   scripts, the output created from the scripts, and its documentation for any purpose is hereby
 *   granted without fee, provided that the above copyright notice appears in all copies and that
 *   both that copyright notice and this permission notice appear in supporting documentation.
 *   Kevin Atkinson makes no representations about the suitability of this array for any purpose.
 *   It is provided "as is" without express or implied warranty.
 * Level 10 is drawn from Moby Words II (public domain) and Brian Kelk's UK English Wordlist with
 * Frequency Classification (public domain, per the SCOWL README).
 */
export const COMMON_ENGLISH = new Set(
  `
  abilities ability able about above absence absolutely abuse accept acceptable access accessible
  accident accidental accidentally accord accordingly account accuracy accurate achieve acquire
  across action active activities activity actual actually add addition additional address addresses
  adequate adjust admit admittedly adopt advance advantage advertise advice advise affair affect
  afford afraid after afternoon afterwards again against agency ago agree agreement ahead aid aim
  alarm album algorithm alias alive all allow almost alone along already alter alternate alternative
  alternatively although altogether always ambiguous amount amuse analogue analysis ancient and
  angry animal announce announcement annoy annual anonymous answer anybody anyone anyplace anyway
  anywhere apart apologies apology apparent apparently appeal appear appearance application applies
  apply appreciate approach appropriate approval approve arbitrary are area argue argument arise
  arithmetic around arrange arrangement arrive article artificial artist aside asks asleep aspect
  assembler assistant association assume assure at atmosphere attach attack attempt attend attention
  attitude attract attractive audience author authorities authority automatic automatically
  automobile available average avoid awake award aware away awful awkward back background bad badly
  band bars bases basically basis be bears beautiful became because become been before beforehand
  began begins begun behalf behave behind believe belong below benefit besides bet better between
  beyond bid big bigger biggest binary bind biology bit bite bitten bizarre blame boat bodies books
  borne borrows both bother bottle bottom bought boxes bracket branches breach break brief briefly
  brings broadcast broke broken brought bucket buffer bugs build built bulk bulletin buries bus
  business busy but buy by byte calculate calculation calls campaign can candidate cannot capable
  capacity capital card cardboard careful carefully cares carries cases cassette catch catches
  categories category caught cause cease cell cent certain certainly chair chairman chances change
  channels chapter character charge chars cheap cheaper cheapest check chemical children chips
  choice choose chose circle circuit circulation circumstance citizen claim clarify class classes
  clean clear clearer clearest clearly clever clock closely closer closes closest club clue code
  collapse collection college column combination combine come command comment commercial commission
  commitment committee commonly communicate communication community comparable comparatively compare
  comparison compatibility compatible competition compiler complain complaint complete completely
  complex complexity complicate component compose composition comprehensive compromise compulsory
  compute computer concept concern conclusion concrete condition confident confirm confuse confusion
  connect connection consequence consequently consider considerable considerably consideration
  consist consistency consistent constraint construct consumption contact contain content context
  continually continuation continue continuous continuously contract contrary contrast contribute
  contribution control convenient convention conventional conversation convert convince copies copy
  corners correct correction correctly corrupt costs could council counter country counts county
  couple course cover crash crashes crazy create creature credit crisis crisp critical criticism cry
  culture cums cup cure curious current currently cursor customer cuts cycle daily damage danger
  dangerous dark data database date datum dead deal dealt debate decade decent decide decision
  declare decrease dedicate deduce deem deep deeply default define definite definitely definition
  definitive degree delay delete deliberate deliberately deliver delivery demand demonstrate
  demonstration depend depth derive describe description design desirable desire desk desperate
  despite destroy detail detect determine develop development device devote dictionary did differ
  difference different differently difficult difficulties difficulty digit digital dinner direct
  direction directly director dirty disadvantage disagree disappear disaster disc discipline
  discount discourage discover discuss discusses discussion disk dislike display distance distant
  distinct distinction distinctly distinguish distribute distribution district disturb divide do
  document documentation does dog domain done door double doubt doubtful dozen drastic draw drawn
  drink drive driven driver drop drove dubious due dumb dump duty each earlier earliest ease easier
  easiest easily easy eat eaten economic edit edition editor educational effect effective
  effectively efficient effort eight either elect election electric electronic element elevator
  elsewhere embarrass embarrasses emergency emphasis employee empty enable encounter encourage ends
  enemy engineer enjoy enormous enough ensure enter entire entirely entitle entity entrance entries
  entry environment equal equally equipment equivalent eraser err error escape especially essential
  essentially establish establishes estimate evens event eventually ever every everybody everyone
  everywhere evidence exact exactly examine example excellent except exception excess excessive
  exchange exclude exclusive excuse execute exercise exist existence expand expansion expect expense
  expensive experience experiment experimental expert explain explanation explicit express expresses
  expression extend extension extensive extent external extra extract extreme extremely eye face
  facilities facility fact factors fail failure fairly fallen false familiar famous farm farther
  farthest fashion faster fastest fatal fate fault feasible feature feedback feel feet fell few
  fewer fewest fight figure file fill film final finally financial find finger finish finishes
  finite fire firm firmly first firstly fiscal fit five fix fixes flag flash flashes flat flew
  flexible flies float floor flow flown fly folk follow food foreign forever forget forgot forgotten
  formal format former forms fortunately found freely frequent frequently fresh from front full
  fully fun function fund fundamental fundamentally funny further furthest future gain game garbage
  gas gasoline gather gave general generally generate generation genuine get girl give global goods
  got gotten gradually graduate grands graph graphic grateful grave greatest greatly grind grosses
  ground group grown grows growth guarantee guard guess guesses habit hack hair half handle hang
  happen happily hard harder hardest hardly hardware harm harmful harmless has hat hate have header
  heads health healthy hear heard heart heat heavily heavy hello helpful helps hence her hereby
  herself hes hid hidden hide higher highest highly himself hint his historical history hit hold
  holes holidays honest hopefully hopes horrible horse hospital hot hotel hour however huge human
  hung hurry husband ice ideal identical identify identity ignore ill illegal image imagination
  imagine immediate immediately impact implement implication implies imply importance important
  importantly impose impossible impression improve improvement in inability inadequate inch inches
  incident incidentally incline include income incompatible incomplete inconsistent inconvenience
  incorrect increases independently indicate indication individual individually industrial industry
  inevitably inferior infinite influence info inform information initial initially input insert
  inside insist install instance instant instantly instead institution instruction insurance integer
  integral intelligent intend intention interact interest interface internal interpret
  interpretation interval intervention into introduce introduction invalid invariably invent
  investigate invisible invitation invite involve irrelevant irritate isolate issue it item itself
  join joint joke jumps junk justification justifies justify keep kept keyboard keys kindly kinds
  knew knock know knowledge known label laboratory lack lain lands language large largely larger
  largest last late later latest latter layout lazy leader leads learn least leave lecture leg legal
  legally lend length less lets letter level liable libraries library lies lifetime lift lights like
  likewise limit linear lines links listen lists literally literature live load loan local location
  locks log logic logical longer longest look loop loose lorries loses lost lots loudly lowest lunch
  machine made magic magnetic magnitude mail mainly maintain majority make man manage manager
  manipulation manner manual many marriage marry massive match matches material mathematical
  mathematics matter maximum maybe me mean meaningful meaningless meant measure mechanic mechanism
  medical medium meet membership mention mere merely merit mess message messy met metal midnight
  might military million minds minimum minority minute mislead mistake mistaken mistook
  misunderstand misunderstood misuse mix mixes model modifies modify moment money monitor month
  moral mornings mostly motion mouth move movement movie much multiple music must myself mysterious
  naive name namely nasty natural naturally naughty near nearby nearer nearest nearly necessarily
  necessary necessity neck negative neither nervous network never nevertheless news next nicer
  nicest no nobody noise noisy nonsense nor normally not note notice notify novel now nowadays
  nowhere numb number numbest numerical numerous obey object objection obscure observation observe
  obtain obvious obviously occasion occasional occasionally occupies occupy occur of off offer
  officer often oh oil oldest omit once one only onto operate operation operator opinion
  opportunities opportunity oppose opposite option optional or order origin original originally
  others otherwise ought our ourselves out output outside over overall owe own owner package packet
  paid painful pair paper paragraph parallel part partial partially particular particularly parties
  partly party passes patch path patient pattern pause pay peak peculiar pen people perfect
  perfectly perform performance perhaps period permanent permanently permission permit personal
  personally persuade petrol phase phenomenon philosophy phone phrase physical pick picture piece
  pile pint pipe places plain plan plane planet plant plastic play plea please plot plug plus pocket
  poem poet pointless points police policies policy political poor popular population port position
  positive possibilities possibility possible possibly postmaster posts potential potentially pounds
  powerful practical practically practice precise precisely prefer preferable preferably preference
  preparation prepare presence present preserve presses pressure presumably presume pretty prevent
  previous previously prices primary primitive principles print printers printout probably problem
  procedure process processes processor produce product production professional program programmer
  progress project promise prompt promptly prone proof properly properties property proportion
  proposal propose prospect protect protest prove provide publication publicity publicly publish
  publishes pull punctuation puncture purchase pure purely purpose push pushes put putt qualifies
  qualify quality quantities quantity question queue quicker quickest quickly quiet quietly quit
  quite quote radio rain raise random randomly rapid rapidly rare rarely rate raw re reach reaches
  react reaction readable readers readily reads real reality really reason reasonable reasonably
  recall receive recently reception recognition recommend recommendation record recover reduce
  reduction redundant refer reference reflect reflection refuse regard regardless region registers
  regret regular regularly regulation reject relate relation relationship relative relatively
  release relevance relevant reliable religion religious reluctant rely remain remark remember
  remind remote remotely removal remove repair repeat repeatedly replace replacement replies reply
  report represent representation reproduce request require requirement research reserve resident
  resolution resort resource respect respectively respond response responsibility responsible rest
  restart restore restrict result retain return reveal reverse review rewrite rid ridiculous risk
  road role roll room rough roughly round route routine rubber rubbish rule run sadly safe safely
  safer safest safety said sake sales same sample sat satisfies satisfy saves says scale scan scene
  scheme score scrap screen script search searches second secondary secondly section secure security
  seek seems sees select selection self seminar send sense sensible sensibly sensitive sent sentence
  separately sequence serial series serious seriously serve services session sets settles seven
  several severe severely sex shall shame share she sheet shelf shift ship shoot shop shortage
  shortest shortly should show shown shut side sight sign signal significance significant
  significantly silly similar similarly simple simpler simplest simply simultaneous simultaneously
  since sincerely single sit site situation size skills slight slightly slip slow slower slowest
  slowly smaller smallest smile smooth so social soft software sold solely solid solution solve some
  somebody somehow someone someplace sometime somewhat somewhere soon soonest sophisticate sorry
  sort sought sounds source space spare speak special specially specific specifically specifies
  specify speech spell spend spent spite splits spoke spoken spot spread square stable staff stage
  stand standards start statement station statistic statistical status stay steal step stick stood
  stop storage store straight straightforward strange strategy stream strength strict strictly
  strike strongly struck structure stuck student studies study stuff stupid style subject submit
  subsequent subset substantial substitute subtle success successful successfully such sudden
  suddenly suffer suffice sufficient sufficiently suggest suggestion suit suitable suitably summary
  sun supervisor supplies supply support suppose supposedly sure surely surface surprise survey
  survive suspect suspend suspicion switch switches symbol syntax system table take taken talk tank
  task taste taught tax tea teacher teaches team technical technique technology tedious teeth
  telephone television tells temperature temporarily temporary tend tendency term terminal
  terminology terribly test text than thank that their them themselves then theoretical theory there
  thereby therefore these they think third this thoroughly those though thought thousands threat
  threw through throughout throw thrown thus ticket tie tight times tin title to today together
  token told tomorrow tonight too took tooth top topic total totally touch touches toward track
  traditional traffic train transfer translate translation transport trap trash travel treatment
  treats trees trial trick tries trivial trouble truck truly trunk trusts try tune turn twenty twice
  two type typical ugly ultimate ultimately unable unacceptable unaware uncertain unclear under
  undergraduate underneath understand understood unfortunate unfortunately unhappy uniform unique
  unit unite universal universities unknown unless unlike unlikely unnecessarily unnecessary
  unpleasant unreasonable unsuitable until unusual up update upon upset upwards us usage use useful
  useless user usual usually utility utterly vacation vague vaguely valid validity valuable value
  vans variable variation varies variety various vast vastly vector video view virtually virtue
  visible vision visit vital voice volume votes waits walk want war warm warn was wash waste watch
  watches water ways we weapon wears weather week weekend weird welcomes well went were what
  whatever whatsoever wheel when whenever where whereas whereby wherever whether which while whilst
  who whoever whole whom whose why wide widely wider widespread widest wife wild window wine wins
  wire wish wishes with withdraw within without woman women wonderful wore worker works worn worries
  worry worse worst worthwhile would write writer written wrong wrote year yes yesterday yet you
  your yourself zero
  `.trim().split(/\s+/),
);
