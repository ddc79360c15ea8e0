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
    hiroshi yuki kenji akira haruto sakura jin jun hyun minji seo ji hoang thanh linh mai anh duc tuan
    lan huong bao nguyen tran le pham li lin liu yang zhang wang xin yan hui
    alejandra andrea beatriz blanca consuelo esmeralda estela fernanda graciela ignacio jesus joaquin
    lorena marisela maribel martha mauricio nestor octavio reina rogelio salvador teodoro ximena yesenia
    """
)

WORDLIKE_NAMES = world.WORDLIKE_NAMES | _words(
    """
    amber angel april art bill bob buck chase crystal dawn don drew faith frank ginger grace grant guy
    heather holly hope hunter iris ivy jack jay jewel joy june lane lily mark may penny ray rich robin
    rose ruby rusty sandy sunny sue summer will wade hung ha
    """
)
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
    international regional alert
    """
)
"""Words after a given name and a family name that make them the name of a place or a thing:
"Martin Luther King Day", "George Washington University", "Johns Hopkins Hospital"."""

THING_NOUNS = _words(
    """
    edificio hospital escuela aeropuerto parque puente centro calle avenida biblioteca museo estadio
    universidad colegio presa lago río rio bosque monumento bâtiment école aéroport parc pont centre rue
    bibliothèque musée université edifício escola aeroporto ponte rua museu universidade
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

HONORIFICS = _words(
    "mr mrs ms miss mx dr rev prof sr sra srta officer agent sgt sergeant detective judge pastor capt "
    "captain don doña dona mme mlle madame monsieur señor señora senhor senhora col lt maj gen cpl pvt"
)
"""Titles before a family name."""

NAME_PARTICLES = _words("de del della dela delos delas der di da dos das du la le van von bin ibn al el y st")
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
    commons
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
