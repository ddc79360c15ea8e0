"""Word lists the redaction rules use to tell a person's name or street from ordinary words.

All lower case. :data:`FUNCTION_WORDS` never start or continue a name; :data:`NOT_NAMES` holds
words that can follow "I am", "this is" or "my name is" without being a name (feelings, states,
roles, places, nationalities, function words);
:data:`FIRST_NAMES` holds given names common in the United States, so that "this is Maria" is
known for a name while "this is Medicare" is not. Neither list needs to be complete: a name of
two capitalized words is taken without the list, and a word on neither list after "my name is" is
taken for a name. The lists of the widget's other languages (:mod:`feedback_widget.redaction_words_world`)
are folded in.
"""

from __future__ import annotations

from feedback_widget import redaction_words_world as world


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _listed(text: str, separator: str) -> tuple[str, ...]:
    return tuple(text.split(separator))


FUNCTION_WORDS = world.FUNCTION_WORDS | _words(
    """
    a about above across after again against ago all almost alone along already also although always
    am an and another any anyone anything anyway are around as ask asked asking at away back bad
    be because been before behind being below beside best better between both but by can cannot
    could did do does doing done down during each either else enough even ever every everyone
    everything for from further get gets getting give given go goes going gone got had has have
    having he her here hers herself him himself his how however i if in into is it its itself just
    last least less let like likely many may maybe me might mine more most much must my myself near
    nearly neither never new next no none nor not nothing now of off often old on once one only
    onto or other others our ours out over own past per perhaps please quite rather really right
    same see seen she should since so some someone something sometimes soon still such sure than
    that the their them then there these they this those though through thru to today together
    too toward towards under until up upon us very via was we well were what when where whether
    which while who whom whose why will with within without would yes yet you your yours
    yourself okay ok hi hello hey dear thanks thank sorry oh um uh yeah yep nope mr mrs ms mx dr miss
    sir madam
    """
)
"""Words that never start or continue a name, however they are written."""

NOT_NAMES = (
    FUNCTION_WORDS
    | world.NOT_NAMES
    | _words(
        """
    orange island islands mountain mountains river lake valley bay beach springs falls hills tree pay
    fraud theft abuse madness nonsense anonymous anon unknown nobody everybody all team staff crew
    schedule part section chapter step tier level phase option plan exhibit appendix annex item
    autistic diabetic epileptic bipolar paralyzed dyslexic asthmatic immunocompromised
    able absolutely afraid aged alive allowed angry annoyed anxious appalled appreciative ashamed
    astonished available aware awful bilingual blind blocked born bored broke broken busy calling
    calm careful certain cheerful clear close cold comfortable concerned confident confused
    constantly contacting content convinced correct crazy current curious deaf dead delighted
    denied desperate determined different disabled disappointed disgusted displeased dissatisfied
    distressed done double eager elderly eligible embarrassed employed empty excited exhausted
    expecting familiar fed fine finished first fluent fond free frightened frustrated full furious
    glad good grateful great guilty handicapped happy hard healthy helpless here homebound homeless
    honest hopeful hopeless hungry hurt ill impressed incapacitated incorrect ineligible insane
    interested irritated jobless just kind late legally legit listed literally livid local lost
    lucky mad married missing misspelled misspelt miserable nervous new nice normal not older
    open outraged overwhelmed paid pleased poor positive pregnant prepared proud qualified quick
    ready reasonable relieved responsible retired rich ridiculous sad safe satisfied scared
    second self separated serious shocked short sick single skeptical slow sorry speechless
    spelled spelt stressed stuck supposed surprised suspicious terrible terrified thankful
    third tired totally trying truly unable unclear uncomfortable understanding unemployed
    unhappy unsure upset unbelievable unacceptable useless valid visually waiting well widowed
    willing worried wrong young amazing awesome bizarre brilliant crap excellent exactly fantastic
    fun funny garbage horrible impossible incredible joke nonsense outrageous perfect pointless
    poor robbery ridiculous sad shameful silly strange stupid super wonderful worse worst weird
    changed hyphenated truncated shown showing displayed printed cut spelled typed entered blank
    required mandatory needed optional long longer shorter common unusual different similar
    already also still again

    adult applicant beneficiary caregiver carer child citizen claimant client customer daughter
    dad doctor driver employee employer father female friend grandmother grandfather guardian
    husband immigrant individual male man member mom mother neighbor neighbour nurse owner parent
    participant patient person recipient refugee relative renter resident retiree senior single
    sister brother son spouse student taxpayer teacher tenant user veteran victim vet volunteer
    widow widower wife woman worker writer contractor lawyer attorney representative agent
    officer manager supervisor staff team office department agency government service center
    centre program programme website site page form portal app application system process
    call calls number email phone account case claim letter message problem issue question
    disabled person people family household

    american african asian black brown white hispanic latino latina latinx native indigenous
    mexican cuban puerto rican dominican haitian salvadoran guatemalan honduran colombian
    venezuelan peruvian brazilian canadian chinese japanese korean vietnamese filipino indian
    pakistani bangladeshi arab arabic somali ethiopian nigerian russian ukrainian polish german
    french italian irish english british spanish portuguese greek jewish muslim christian
    catholic protestant hindu buddhist mormon sikh atheist deaf hoh lgbt gay lesbian straight
    trans transgender bilingual spanish-speaking english-speaking

    america usa united states state county city town country nation federal national social
    security medicare medicaid snap wic tanf ssi ssdi irs ssa va fema hud uscis dmv usps post
    internal revenue administration affairs veterans health human services labor treasury
    homeland housing department office bureau agency commission court congress senate senator
    representative president governor mayor god jesus lord christ
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york
    carolina dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont
    virginia washington wisconsin wyoming columbia guam samoa rico north south east west new los
    las san santa saint st fort mount
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today tomorrow yesterday morning
    evening night week weekend month year
    """
    )
)

FIRST_NAMES = world.FIRST_NAMES | _words(
    """
    aaron abigail adam adrian aisha alan albert alejandro alex alexander alexandra alexis alice
    alicia alison allison alma amanda amber amir amy ana andre andrea andres andrew angel angela
    angelica anita ann anna anne annie anthony antonio april ariana arthur ashley audrey austin
    barbara beatriz ben benjamin bernard beth betty beverly bill billy bob bobby bonnie brad
    brandon brenda brian brittany bruce bryan caleb cameron camila carl carla carlos carmen carol
    caroline carolyn catherine cecilia charles charlie charlotte chen cheryl chloe chris christian
    christina christine christopher cindy claire claudia clara colin connie craig crystal cynthia
    daniel daniela danielle darius darnell david dawn dean debbie deborah debra denise dennis derek
    diana diane diego dolores dominic don donald donna doris dorothy douglas dylan earl eddie
    edgar edith eduardo edward eileen elaine elena eli elijah elizabeth ella ellen emily emma
    enrique eric erica erik erin esperanza esther ethan eugene eva evelyn fatima felipe fernando
    florence frances francisco frank fred gabriel gabriela gail gary gene george gerald gina
    gloria grace greg gregory guadalupe hannah harold harry heather hector helen henry holly
    howard hugo ian irene isaac isabel isabella ivan jack jackie jacob jacqueline jaime jake james
    jamal jamie jane janet janice jared jasmine jason javier jay jean jeff jeffrey jennifer jenny
    jeremy jerry jesse jessica jesus jill jim jimmy jo joan joanne joe joel john johnny jon
    jonathan jordan jorge jose joseph josephine joshua joy joyce juan juana judith judy julia
    julian julie june justin karen kate katherine kathleen kathy katie kayla keisha keith kelly
    ken kenneth kevin kim kimberly kyle lakisha lamar larry latoya laura lauren lee leah leon
    leslie lily linda lisa liz lori louis lucia lucy luis luz lydia lynn madison malik mandy
    manuel marcus margaret maria marie marilyn mario marisol mark marsha martha martin marvin
    mary mateo matthew maureen megan melissa mercedes mia michael michelle miguel mike mildred
    min ming miriam mohamed mohammed monica nancy naomi natalie nathan nicholas nicole nina noah
    norma olivia omar oscar pablo pam pamela patricia patrick paul paula pedro peggy peter
    phillip phyllis priya rachel rafael ralph ramon randy raul ray raymond rebecca regina renee
    ricardo richard rick rita robert roberto robin rodrigo roger ronald rosa rose ruby russell
    ruth ryan sabrina sally sam samantha samuel sandra sara sarah scott sean sergio shannon
    sharon shawn sheila shirley sofia sophia stacy stephanie stephen steve steven sue susan
    sylvia tamara tammy tanya tara teresa terry theresa thomas tiffany tim timothy tina todd tom
    tommy tony tracy travis tyler valerie vanessa veronica vicki victor victoria vincent virginia
    walter wanda wayne wei wendy william willie xavier yolanda yvonne zachary
    abdul abdullah ahmad ahmed ali amina amit anil anjali arjun asha ayesha bilal deepak divya farah
    faisal fatima hamid hassan hussein ibrahim imran jamila kareem karim khalid layla leila mahmoud
    mariam maryam mohamad mohammad muhammad mustafa nadia nasser omari rahul raj rajesh ravi reza
    salma sanjay sara shreya sunil tariq vijay yasmin youssef yusuf zainab zara
    chinedu chioma kwame kofi ama abena oluwaseun adebayo ngozi emeka tunde amara fatou moussa aminata
    olusegun babatunde adewale folasade abiodun oladipo olatunji titilayo oluwakemi olamide kunle
    ikechukwu kelechi
    hiroshi yuki kenji akira haruto sakura jin jun hyun minji seo ji hoang thanh linh mai anh duc tuan
    lan huong bao nguyen tran le pham li lin liu yang zhang wang xin yan hui
    alejandra andrea beatriz blanca consuelo esmeralda estela fernanda graciela ignacio jesus joaquin
    lorena marisela maribel martha mauricio nestor octavio reina rogelio salvador teodoro ximena yesenia
    abby adela adelina agnes aileen alana alexa alexandria alina alisha allie alyssa amalia amelia
    anastasia angelina annette antoinette ariel arlene audra ava beatrice becky belinda bernadette
    bernice bethany bianca blanche bonita brandi breanna bridget brittney brooke caitlin callie
    camille candace candice carmela carrie cassandra cassidy celeste celia charlene cherie christy
    ciara clarissa colleen constance cora corinne courtney daphne darla darlene deanna deirdre delia
    desiree destiny dianne dina dominique eleanor elisa elise eliza ellie eloise elsa elsie emilia
    erika erma estelle ethel eunice faye felicia fiona francine freda gabrielle genevieve geraldine
    gertrude gillian gretchen gwen gwendolyn harriet hazel heidi helena henrietta hilda hillary ida
    imogen ingrid irma jacquelyn jeanette jeanne jeannie jenna jillian joann jodi johanna jolene
    josefina juanita julianne juliet justine kara karina karla kasey kathryn katrina kaylee kayleigh
    kelsey kendra kerry kirsten krista kristen kristin kristina kristy lana latisha laurie lena
    leona lillian lindsay lindsey lois loretta lorraine louise lucille luisa mabel mackenzie
    madeline maggie marcia margarita margo marian marianne marisa marjorie marlene maryann mathilda
    mattie maxine melanie melinda melody meredith michaela minnie molly muriel myrtle nadine nellie
    nora paige patsy paulette pauline penelope priscilla rachael ramona rebekah rhonda roberta
    rochelle rosalie rosalind rosemary roxanne selena serena shana shari shauna shelby shelly sherri
    simone sonia sonya stella stacey susana suzanne tabitha tasha teri thelma tonya tracey trisha
    trudy vera verna vicky viola vivian wilma winifred yvette zoe abraham alfonso alfred allan allen
    alvin amos andy angelo archie augustine barry benny bernie bert blake brendan brent brett byron
    calvin cecil cedric clarence claude clayton clifford clint clyde conrad cornelius curtis damian
    damon dan danny darrell darren darryl dave desmond dominick donovan doug duane dustin dwight
    edmund edwin elias elliot elliott elmer emanuel emmanuel emmett ernest ernie esteban ezra floyd
    francis gabe garrett gavin geoffrey gilbert glenn gordon graham grady harvey herbert herman
    homer horace hubert ignatius isaiah ismael jasper jeffery jerome jessie joey johnathan jonah
    josiah jude julio julius karl kurt leo leonard leroy lester levi lloyd lonnie lorenzo lucas luke
    luther lyle malcolm marc marco maurice melvin micah mitchell morris moses myron neil nelson nick
    norman oliver owen percy perry pete phil philip preston quentin randall randolph reggie rene
    rhett roderick rodney roland ron ronnie roy rudy rufus salvatore saul seth sheldon sidney silas
    simon solomon spencer stuart sylvester ted terrence theo theodore tobias toby trent trevor
    wallace warren wesley wilbur wilfred willard willis winston wyatt zane deshawn dashawn tyrone
    tyrell lashonda latasha shaniqua tanisha ebony imani aaliyah jada jayla kiara tiana deandre
    terrell jermaine lamont reginald dwayne demetrius tameka shanice shanelle trevon jaylen jalen
    rashad rasheed tremaine latrice lakeisha shameka tamika kendrick keyshawn jamar devonte daquan
    nia ernestine hattie bessie willa shaquille tyesha adelaida agustina anselmo aurelio benito
    bernardo candelaria cristina cristobal dagoberto delfina edgardo elvira emiliano eusebio
    eustaquio evangelina faustino florencia gilberto gonzalo gregorio heriberto humberto isidro
    jacinto jimena leonardo leonel lidia lupita macario marcelino marcela maximiliano milagros
    nayeli nicanor norberto ofelia osvaldo pascual patricio porfirio ramiro reyna rodolfo rosaura
    socorro tadeo teofilo tomasa valentin xiomara zoila zulema yessenia chidi chidinma chiamaka
    obinna ikenna nnamdi uchenna adaeze ifeoma nkechi olumide olufemi oluwafemi ayodele adeola
    folake funmilayo yetunde babajide damilola temitope tolulope segun kehinde taiwo idowu bukola
    abimbola eniola chukwuemeka ebuka nneka amaka ugochi chinonso ifeanyi musa aliyu abubakar usman
    hauwa oluwatobi adaobi chinwe marie-ange jean-robert rodeline fabiola roselaure ketia darline
    medgine wisly jovenel dieudonne fedline yveline yves rony jean-louis marie-france jean-marc hana
    rania samir nabil walid hussam amira noor nour rashid rasha dalia ghada maha huda lina yara
    basma osama tamer hisham majid adel fadi ziad ramzi samira najwa suha wafa hiba bashir yasir
    yasser ayman karima latifa aziz abdel abdelrahman mounir aarav aditya akash ananya anand arun
    ashok deepa gaurav geeta gita harpreet gurpreet jaspreet manpreet kiran krishna lakshmi meena
    mohan neha nikhil nisha pooja pradeep prakash preeti rajiv rakesh ramesh rohit sachin sandeep
    sanjana shanti siddharth sita suresh sushila tanvi usha varun vikram vinod zubair farhan asif
    nasreen shabnam rubina fahad kamal rekha savita sunita manoj dinesh mahesh naveen parveen sabina
    dmitri dmitry aleksandr aleksei alexei sergei sergey andrei mikhail nikolai vladimir yuri oleg
    igor olga natasha natalya svetlana tatiana tatyana irina oksana yulia ludmila galina ekaterina
    katya stefan dragan goran zoran jelena milica marko nikola bogdan tomasz piotr krzysztof
    agnieszka katarzyna malgorzata wojciech pawel jakub lukasz dorota ewa zofia vasyl mykola taras
    oleksandr olena halyna bohdan ivana petra jana miroslav vesna branko dusan jing ying fang lei
    kateryna oleksii mykhailo yuliia iuliia tetiana nataliia andrii serhii liudmyla viktoriia solomiia
    dmitrii yurii anatolii evgenii vitalii valerii gennadii arkadii aleksey yevgeny evgeny kseniia
    anastasiia sofiia mariia hanna
    jie hao xiao mei qing jian yong xiu zhen feng chun guang hua zhi xiaoming xiaoling jiahui yuxuan
    siobhan niamh aoife saoirse caoimhe roisin sinead grainne eamon eoin cormac declan padraig seamus
    colm ciaran oisin mairead orla
    jihoon minjun seoyeon jiwoo hyejin eunji sooyoung jisoo yuna minseo yiming zhiwei jiayi haoyu
    yifan zixuan ruoxi haruka takeshi kaito aiko emi kenta yuto satoshi naoko keiko yoko hiroko
    tomoko kazuo takashi daisuke shota riku maritza mayra jazmin itzel citlali xochitl guillermo
    rosalba maricela federico fidel yahir brayan anahi yareli odalys yaritza dayana dariela yamileth
    nataly jenifer kwabena akosua kojo esi efua kwaku tendai tafadzwa thandiwe sipho themba zanele
    lindiwe wanjiru wanjiku njeri kamau otieno achieng akinyi abdi abdirahman hodan faduma hamdi
    ayaan mohamud abdullahi fartun halima ikram tigist selam meron hiwot dawit tesfaye bereket yonas
    mulugeta almaz genet ketly islande dieula roseline woodly wilfrid yolette magalie edeline
    rosemene fedner jocelyne jhon marlon jerwin roel honeylyn rhodora leonora rosalinda edilberto
    virgilio teodora perlita zenaida erlinda srinivas venkatesh lakshman swati kavita priyanka vivek
    vishal ajay ankit rupinder baljit harjit kuldeep sukhwinder jagdeep simran navdeep mandeep
    parminder tahir bushra sadia saima shahid waqas usama hira mehwish rukhsana shirin farzana
    nusrat rafiq mizanur rahim sultana tasnim abdulaziz hamza anas mazen ghassan nizar imad reem
    rula shadi firas raed haitham qasim zaid zeinab alaa doaa eman iman asmaa heba vadim denis anton
    kirill konstantin stanislav vitaly yaroslav arkady lyudmila larisa veronika daria darya polina
    kseniya ksenia zhanna inna raisa lidiya nadezhda oleksiy andriy dmytro yevhen serhiy yuliya
    iryna mariya khrystyna volodymyr petro ihor
    abel adeline adonis adriel aiden alaina amari amaya aria arianna arlo asher ashton aubrey axel
    ayden ayla barrett beau beckett bella bennett braxton brayden brielle brody bryce bryson caden
    carson colton connor dawson delilah easton eliana elliana emery enzo evan everly ezekiel finn
    gabriella gael gianna giovanni grayson greyson griffin hadley hailey harper harrison hayden
    holden isla jace jaxon jaxson jayce jayden jaylene jeremiah josie judah kaiden kaleb karter
    kayden kehlani kinsley kylie kyrie lainey landon leilani liam liliana logan luca luka lukas lyla
    maddox madelyn maeve malachi malakai marley matteo maxwell mila millie milo myles nathaniel
    nevaeh nico nolan nyla paisley paxton quinn raegan raelynn remi rowan ryker rylee sadie sawyer
    scarlett sebastian skylar tristan tucker waylon weston xander zayden zayn zoey tremayne rashida
    femi bartholomew
    zihan haoran weiming trinh hien nhi khoa huyen diep trung vinh jae eun soo kyung hee jung kwang
    chul hye sun-hee min-jun seo-yeon ji-woo ji-hoon eun-ji young-ho jasmin rhea mylene analyn
    jonalyn ferdinand renato ramil reynante jomar lorelie
    dana anneliese annelise liesel stanislaw stanislawa tadeusz zbigniew jerzy janusz henryk kazimierz
    wladyslaw jadwiga krystyna halina elzbieta grazyna danuta ryszard bronislaw mieczyslaw wieslaw
    klaus jurgen jürgen dieter wolfgang helmut gunter günter horst ursula hildegard gisela helga brigitte
    friedrich heinrich gerhard manfred sabine birgit renate greta hans giuseppe francesca alessandro
    luigi stefano paolo chiara brynn marguerite rupert ottilie
    """
)

ENGLISH_WORDLIKE_NAMES = _words(
    """
    amber angel april art bill bob buck chase crystal dawn don drew faith frank ginger grace grant guy
    heather holly hope hunter iris ivy jack jay jewel joy june lane lily mark may penny ray rich robin
    rose ruby rusty sandy sunny sue summer will wade hung ha destiny hazel melody ernest nick
    """
)
"""Given names that are also everyday English words ("I am frank"); those that are everyday words only
in the widget's other languages ("esperanza") are names after "I am" and "my mother"."""
WORDLIKE_NAMES = world.WORDLIKE_NAMES | ENGLISH_WORDLIKE_NAMES
"""Given names that are also everyday words: "I am frank" is no name when written in lower case."""

NOT_AFTER_NAMES = _words(
    """
    day days university college school academy institute hospital clinic center centre memorial medical
    park bridge library airport station building hall tower church foundation fund award act law
    program programme county city parkway highway elementary high middle high-school museum stadium
    bowl arena garden gardens mall plaza field fields
    river rivers creek lake lakes mountain mountains canyon falls bay island islands refuge forest dam
    reservoir valley springs beach trail wilderness preserve seashore lakeshore monument recreation heights
    village township parish harbor harbour ridge peak hills turnpike freeway expressway tunnel scholarship
    fellowship prize trust institute pharmacy hotel lodge national historical historic federal
    international regional alert episcopal baptist methodist lutheran presbyterian pentecostal adventist
    evangelical congregational ministries ministry chapel temple mosque synagogue cathedral tabernacle
    campus facility courthouse auditorium pavilion
    """
)
"""Words after a given name and a family name that make them the name of a place or a thing:
"Martin Luther King Day", "George Washington University", "Johns Hopkins Hospital"."""

INSTITUTION_WORDS = _words(
    "hospital clinic center centre medical university college school academy institute pharmacy hotel museum"
    " foundation ministries"
)
"""Words that make the capitalized words before them an institution's name, not a person's, after a
word such as "called" ("we called Mercy Hospital"); unlike "park" or "hall", none is a family name."""

CLOSING_WORDS = _words(
    """
    take care stay keep safe strong merry christmas holidays holiday wishes wish bless blessed blessings
    bye goodbye later peace pls plz asap fix help advise reply respond soon luck regards cheers thanks
    thx ty love hugs appreciate appreciated kudos bravo congrats
    """
)
"""Everyday words that close a comment after a sign-off ("thanks, take care"): not a name in lower case."""

NUMBER_WORDS = _words(
    """
    zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    """
)
"""Numbers written in words: "my mother, eighty two," is her age."""

THING_NOUNS = _words(
    """
    edificio hospital escuela aeropuerto parque puente centro calle avenida biblioteca museo estadio
    universidad colegio presa lago río rio bosque monumento bâtiment école aéroport parc pont centre rue
    bibliothèque musée université edifício escola aeroporto ponte rua museu universidade
    san santa são sao fort mount mt port lake cape camp hurricane storm
    """
)
"""Words before a name, in languages that put the noun first, that make it a place's or a thing's:
"el edificio Ronald Reagan", "l'aéroport Charles de Gaulle"."""

PUBLIC_OFFICES = _words(
    """
    president vice senator sen governor gov mayor secretary congressman congresswoman congressmember
    representative rep justice chief saint st pope king queen prince princess
    """
)
"""Words before a full name that make it a public figure's, or a saint's, or a title's: "President
John Adams", "Saint John Paul"."""

FAMOUS_NAMES = frozenset(
    _listed(
        "abraham lincoln,amelia earhart,barack obama,benjamin franklin,bill clinton,cesar chavez,"
        "eleanor roosevelt,franklin roosevelt,frederick douglass,george washington,harriet tubman,"
        "hillary clinton,jimmy carter,joe biden,john adams,john kennedy,kamala harris,martin luther,"
        "michelle obama,rosa parks,ronald reagan,ruth bader,sonia sotomayor,theodore roosevelt,"
        "thomas jefferson,donald trump,susan anthony,sojourner truth,jackie robinson,helen keller,"
        "john lewis,nelson mandela,walt disney,albert einstein,thomas edison,mark twain,ida wells,"
        "booker washington,george carver,neil armstrong,sally ride,babe ruth,elvis presley,clara barton,"
        "florence nightingale,elizabeth stanton,sandra o'connor,ruth ginsburg,thurgood marshall,"
        "ulysses grant,andrew jackson,james madison,james monroe,woodrow wilson,harry truman,"
        "dwight eisenhower,lyndon johnson,richard nixon,gerald ford,george bush,alexander hamilton,"
        "paul revere,betsy ross,maya angelou,langston hughes,toni morrison,oprah winfrey,michael jordan,"
        "serena williams,taylor swift,dolly parton,johnny cash,willie nelson,frank sinatra,louis armstrong,"
        "ella fitzgerald,aretha franklin,bob dylan,steve jobs,bill gates,elon musk,jeff bezos,henry ford,"
        "warren buffett,martin king,franklin delano,mother teresa,william shakespeare,jane austen,"
        # people US federal hospitals, buildings and centers are named after ("the old Walter Reed campus")
        "walter reed,james lovell,michael debakey,audie murphy,hubert humphrey,wilbur cohen,mary switzer,"
        "frances perkins,herbert hoover,edgar hoover,robert kennedy,john dingell,clement zablocki,"
        "james haley,richard roudebush,sam rayburn,olin teague,alvin york,hunter mcguire,spark matsunaga,"
        "carl vinson,charlie norwood,william beaumont,jamie whitten,mark hatfield,warren magnuson,"
        "tip o'neill,everett dirksen,james forrestal,john glenn,robert goddard,john stennis,edward hines,"
        "james quillen,mickey leland,daniel inouye,ted stevens,eunice shriver,eunice kennedy",
        ",",
    )
)
"""A given name and family name that are a public figure's: "the Harriet Tubman $20 bill", "Walter Reed's
visitor page" (a hospital named after him)."""

HONORIFICS = _words(
    "mr mrs ms miss mx dr rev prof sr sra srta officer agent sgt sergeant detective judge pastor capt "
    "captain don doña dona mme mlle madame monsieur señor señora senhor senhora col lt maj gen cpl pvt"
)
"""Titles before a family name."""

NAME_PARTICLES = _words(
    "de del della dela delos delas der di da dos das du la las los le van von bin ibn al el y st"
)
"""Lower-case words inside a family name: "Maria de la Cruz", "Ludwig van Beethoven"."""

STREET_SUFFIXES = _words(
    """
    street st avenue ave av road rd boulevard blvd drive dr lane ln parkway pkwy terrace ter terr
    highway hwy expressway expy freeway fwy turnpike tpke broadway
    """
)
"""Street words that mark an address on their own after a number and a name."""

WEAK_STREET_SUFFIXES = _words(
    """
    court ct way place pl circle cir square sq trail trl loop pike alley aly plaza plz crossing
    xing path row run walk point pt ridge rdg heights hts cove cv crescent cres bend grove manor
    commons concourse mews
    """
)
"""Street words that are also ordinary nouns ("3 Family Court hearings"): an address needs more."""

STATE_CODES = _listed(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP",
    " ",
)
"""The postal codes of the states and territories."""

STATE_NAMES = _listed(
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
    "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
    "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
    "Wisconsin|Wyoming|Puerto Rico|District of Columbia|Guam",
    "|",
)
"""The names of the states and a few territories, as written in an address."""

ID_NOUNS = (
    "case",
    "claim",
    "application",
    "app",
    "order",
    "confirmation",
    "reference",
    "ref",
    "ticket",
    "tracking",
    "receipt",
    "invoice",
    "report",
    "request",
    "appeal",
    "docket",
    "transaction",
    "control",
    "check",
    "cheque",
    "policy",
    "form",
    "page",
    "room",
    "item",
    "version",
    "error",
    "code",
    "zip",
    "step",
    "batch",
    "serial",
    "model",
    "notice",
    "letter",
    "booking",
    "appointment",
    "flight",
    "file",
    "agent",
    "badge",
    "employee",
    "operator",
)
"""Nouns that name a number as a reference, not a person's: "case 2025550143" is not a phone."""
