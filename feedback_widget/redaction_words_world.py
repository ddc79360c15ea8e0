"""Word lists of the widget's other languages, to tell a person's name from ordinary words.

All lower case, written for this module. :mod:`feedback_widget.redaction_words` folds them into its
English lists: :data:`FUNCTION_WORDS` never start or continue a name ("me llamo Juan y necesito":
the name ends before "y"); :data:`NOT_NAMES` are words that follow "soy", "je suis" or "eu sou"
without being a name ("soy veterano", "soy de Texas"); :data:`FIRST_NAMES` are given names common
among people who write in those languages, so that "soy Ana" and "me llamo jose luis" are known for
names. Chinese and Korean names are told by their family names (:data:`CHINESE_SURNAMES`,
:data:`KOREAN_SURNAMES`), as they are written with no space and no capital, and their family names
written in Latin letters (:data:`ROMANIZED_SURNAMES`) tell the same name romanized. Vietnamese words
of sites' slugs (:data:`VIETNAMESE_SLUG_WORDS`) tell a page's slug from a name in a link.
"""

# Words and characters of other scripts are written here on purpose.
# ruff: noqa: RUF001

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FUNCTION_WORDS = _words(
    """
    y e o u ni a al de del la las el los lo un una unos unas en con por para sin sobre entre hasta
    desde hacia que qué como cómo cuando cuándo donde dónde quien quién cual cuál porque pero más mas
    muy ya no sí si también tampoco aquí allí ahí este esta esto estos estas ese esa eso esos esas
    mis tus sus nuestro nuestra yo tú él nosotros ellos ellas usted ustedes me te se les
    nos soy eres es somos era fue estoy está estan están estaba tengo tiene tenemos tienen he
    hay fui vivo necesito quiero puedo escribo hola gracias buenos buenas otra otro todo toda todos
    et ou mais donc car du des un une au aux à dans par pour sous avec chez vers qui quoi dont où ne
    pas plus très trop bien je il elle on nous vous ils elles moi toi lui leur mon mes tes
    ses notre votre nos vos ce cet cette ces suis sommes êtes sont ai as avons avez ont été
    était bonjour merci oui non aussi déjà encore
    ou mas do da dos das os as um uma uns umas no nos nas com pelo pela sem quem onde muito muita
    não sim já eu ele ela nós vocês eles elas meu minha meus minhas seu sua nosso nossa sou é são
    estou está estão tenho tem temos olá obrigado obrigada
    mwen m ou nou yo se ak epi pou sou yon pa te ap pral gen men ki kote kijan poukisa paske
    tou deja bonjou mèsi wi
    ako ikaw siya kami tayo kayo sila ng mga at ay si ni niya namin natin ninyo
    po opo hindi oo din rin lang naman pa ba kasi dahil pero para salamat
    tôi là và của có không ở với được đã đang sẽ rất này đó cũng thì mà nhưng vì khi chào
    cảm ơn
    я ты он она мы вы они и а но или в во на с со к ко по за из от до у о об не да нет это как что
    кто где когда мой моя моё мое мои меня мне зовут очень уже тоже здравствуйте спасибо
    señor señora senhor senhora doña madame monsieur mademoiselle
    أنا أنت هو هي نحن هم و في من على إلى عن مع هذا هذه ذلك التي الذي لا نعم لم لن قد كان اسمي شكرا
    مرحبا لأن لأنه لأنها لانه لانها لأني وهو وهي ولا ولكن لكن عندما بسبب
    """
)
"""Words that never start or continue a name, in the widget's other languages."""

NOT_NAMES = _words(
    """
    administración administracion seguro oficina departamento servicio servicios gobierno
    ciudadanía ciudadania inmigración inmigracion impuestos salud vivienda asuntos agencia
    veterano veterana ciudadano ciudadana residente permanente estudiante jubilado jubilada
    pensionado pensionada discapacitado discapacitada mayor madre padre soltera soltero casado casada
    viudo viuda divorciado divorciada mexicano mexicana cubano cubana puertorriqueño puertorriqueña
    dominicano dominicana salvadoreño salvadoreña guatemalteco guatemalteca hondureño hondureña
    venezolano venezolana colombiano colombiana peruano peruana nicaragüense latino latina hispano
    hispana americano americana estadounidense inmigrante refugiado refugiada trabajador trabajadora
    empleado empleada dueño dueña cliente paciente usuario usuaria beneficiario beneficiaria
    solicitante persona nuevo nueva feliz triste enfermo enferma ciego ciega sordo sorda abuela abuelo
    hija hijo esposa esposo hermana hermano casa cuidador cuidadora diabético diabética
    sobreviviente víctima dios el la usted
    ancien combattant vétéran citoyen citoyenne résident résidente étudiant étudiante retraité
    retraitée handicapé handicapée mère père célibataire marié mariée veuf veuve divorcé divorcée
    haïtien haïtienne français française canadien canadienne américain américaine nouveau nouvelle
    malade aveugle sourd sourde déçu déçue content contente fatigué fatiguée perdu perdue dieu
    cidadão cidadã estudante aposentado aposentada deficiente mãe pai solteiro solteira viúvo viúva
    brasileiro brasileira português portuguesa cansado cansada deus
    veteran sitwayen rezidan etidyan pansyone andikape manman papa ayisyen ayisyèn malad fatige
    kontan bondye
    beterano mamamayan estudyante retirado nanay tatay pilipino pilipina maysakit diyos
    người công dân sinh viên học mẹ bố cha già cựu chiến
    ветеран гражданин гражданка студент студентка пенсионер пенсионерка инвалид мать отец русский
    русская бог
    """
)
"""Words that can follow "soy", "je suis" or "eu sou" without being a name."""

FIRST_NAMES = _words(
    """
    josé maría jesús ramón raúl martín sebastián andrés ángel inés lucía sofía verónica mónica rocío
    héctor víctor óscar iván julián adrián alejandro santiago matías matias nicolás nicolas tomás
    tomas joaquín agustín agustin germán rubén ruben félix felix césar cesar hernán hernan fabián
    fabian valentina valeria mariana paola natalia carolina adriana silvia leticia araceli lourdes
    lupe pilar elena rosario catalina alicia marta emilio ernesto gerardo gustavo armando alfredo
    alberto arturo rolando reynaldo rogelio rigoberto ulises efraín efrain wilfredo yadira yesica
    joão joao antônio antonio matheus thiago tiago bruno marcelo juliana larissa letícia aline
    luiza luísa raimundo sebastião conceição graça francisca
    jean pierre michel philippe alain jacques françois francois nathalie isabelle sylvie françoise
    monique sophie céline celine julien antoine louis jean-pierre marie-claude jean-baptiste
    wilner wilson fritz frantz guerline nadège nadege widlyne mackenson peterson jameson stanley
    kettly mirlande rose-marie jean-claude
    reynaldo romeo marites maricel marilou rowena lorna imelda jocelyn jennylyn arnel arnold rommel
    danilo efren rizalina rodel
    bình binh dũng hải hạnh hanh hiếu hieu hoa hùng hương huong huy khánh khanh linh minh ngọc
    ngoc nhung phong phúc phuc phương phuong quang quân quan sơn tâm thảo thao thanh thắng thủy thuy
    trang tuấn tuan tùng uyên uyen vân vũ yến
    иван мария ольга анна елена наталья наталия татьяна ирина светлана екатерина юлия людмила галина
    надежда марина сергей александр андрей дмитрий алексей михаил владимир николай павел игорь
    евгений виктор юрий олег максим артём артем борис
    محمد أحمد علي فاطمة عائشة مريم خالد عمر يوسف إبراهيم ابراهيم حسن حسين عبدالله زينب سارة نور
    ليلى سلمى هدى مصطفى محمود ياسين طارق سعيد سامي رامي كريم منى رنا هبة ريم أمل خديجة آمنة
    """
)
"""Given names common among people writing in the widget's other languages."""

WORDLIKE_NAMES = _words(
    """
    pilar rosario luz paz dolores consuelo esperanza soledad amparo gloria ángel rosa blanca reina
    salvador alba estrella cielo mar sol victoria clara rocío aurora fe belén hoa hải thủy phong tâm
    sơn minh hạnh thắng
    """
)
"""Given names that are also everyday words ("soy pilar de mi familia")."""

CHINESE_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "萧蕭肖董袁潘蒋蔣蔡杜叶葉程苏蘇魏吕呂丁沈姚卢盧姜崔钟鍾谭譚陆陸汪范範贾賈韦韋邹鄒孟熊秦邱薛"
    "闫閆段雷侯龙龍陶黎贺賀顾顧毛郝龚龔邵严嚴覃戴莫孔汤湯欧歐郑翁蔺柯彭"
)
"""Common Chinese family names, without those that are also everyday words (高, 白, 金, 方, 于...)."""

KOREAN_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민"
    "진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
"""Korean family names, one syllable each."""

ROMANIZED_SURNAMES: dict[str, frozenset[str]] = {
    surname: _words(spellings)
    for surnames, spellings in (
        ("李", "li lee lei"),
        ("王", "wang wong"),
        ("张張", "zhang chang cheung"),
        ("刘劉", "liu lau lao"),
        ("陈陳", "chen chan chin tan"),
        ("杨楊", "yang yeung young"),
        ("黄黃", "huang wong hwang"),
        ("赵趙", "zhao chao chiu"),
        ("吴吳", "wu ng woo"),
        ("周", "zhou chou chow"),
        ("徐", "xu hsu tsui"),
        ("孙孫", "sun suen"),
        ("马馬", "ma mah"),
        ("朱", "zhu chu"),
        ("胡", "hu wu woo"),
        ("郭", "guo kuo kwok"),
        ("林", "lin lam lim"),
        ("罗羅", "luo lo law"),
        ("郑鄭", "zheng cheng cheng"),
        ("梁", "liang leung"),
        ("谢謝", "xie hsieh tse"),
        ("宋", "song sung"),
        ("唐", "tang tong"),
        ("许許", "xu hsu hui"),
        ("韩韓", "han hon"),
        ("冯馮", "feng fung"),
        ("邓鄧", "deng teng tang"),
        ("曹", "cao tsao cho"),
        ("彭", "peng pang"),
        ("曾", "zeng tseng tsang"),
        ("叶葉", "ye yeh yip"),
        ("蔡", "cai tsai choi"),
        ("潘", "pan poon"),
        ("袁", "yuan yuen"),
        ("蒋蔣", "jiang chiang"),
        ("沈", "shen shum sham"),
        ("钟鍾", "zhong chung"),
        ("김", "kim gim"),
        ("이", "lee yi rhee ri"),
        ("박", "park pak bak"),
        ("최", "choi choe"),
        ("정", "jung jeong chung"),
        ("강", "kang gang"),
        ("조", "cho jo"),
        ("윤", "yoon yun"),
        ("장", "jang chang"),
        ("임", "lim im"),
        ("한", "han"),
        ("오", "oh"),
        ("서", "seo suh"),
        ("신", "shin sin"),
        ("권", "kwon gwon"),
        ("황", "hwang"),
        ("안", "ahn an"),
        ("송", "song"),
        ("류", "ryu yoo yu"),
        ("전", "jeon jun chun"),
        ("홍", "hong"),
        ("고", "ko go"),
        ("문", "moon mun"),
        ("양", "yang"),
        ("손", "son sohn"),
        ("배", "bae"),
        ("백", "baek paik"),
    )
    for surname in surnames
}
"""Common Chinese and Korean family names and how they are written in Latin letters: "李" is "Li" or "Lee",
"박" is "Park"."""
VIETNAMESE_SLUG_WORDS = _words(
    """
    an bao bieu cau chi chu cong cuu dan dang dau di dia dich don dung giao giup gioi hiem ho hoa
    hoc hoi hoan huong khoa khoan kiem kim ky lam lan lien linh loi mau moi nhan nhat nha nop o
    phong phuc qua quoc quyen sinh so su tai te thanh the thieu thong thu thue thuong tich tin tinh
    toan tra trang tro tru tuc van vien viec vu xa xanh y
    """
)
"""Vietnamese words of sites' slugs, written without their marks, some of them also given names:
"huong-dan" (hướng dẫn, a guide), "thanh-toan" (thanh toán, to pay), "bao-hiem" (bảo hiểm, insurance)."""
VIETNAMESE_FAMILY_NAMES = _words(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly lam luong trinh dinh mai
    ha
    """
)
"""Vietnamese family names; one after a given name makes a name: "huong-tran" is Hương Trần."""
