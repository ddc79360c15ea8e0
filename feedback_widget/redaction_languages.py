"""The telling words of each kind of personal data in the widget's other eleven languages.

The widget takes comments in Spanish, both Chinese scripts, Tagalog, Vietnamese, Arabic, French,
Korean, Russian, Haitian Creole and Portuguese (:mod:`i18n.locales`); people write their numbers
after their own words for them ("mi número de cuenta es", "numéro de passeport", "电话").

Each kind has two regular-expression fragments, matched without regard to case:

- ``…_SPACED``: words of languages that put spaces between words. The rules put them between word
  boundaries and let a few words come between them and the number, as they do for English.
  Accented letters are also matched bare ("teléfono", "telefono"), as people often type them.
- ``…_JOINED``: words of Chinese and Korean, which need no space before the number or the
  particles after the word ("电话号码是", "전화번호는"). The rules look for them with no word
  boundary, a few characters before the number.

``HINTS`` gives, per kind, lower-case strings of which text in a Latin script holds at least one
when a spaced word is there: the rules skip a kind whose hints are all absent (text in other
scripts is always read by every rule). Every word here was written for this module.
"""

# Words and characters of other scripts are written here on purpose.
# ruff: noqa: RUF001

from __future__ import annotations


def _any(*parts: str) -> str:
    return "|".join(parts)


# --- Social Security numbers -----------------------------------------------------------------------

SSN_SPACED = _any(
    r"seguro\s+social",  # es, pt
    r"seguridad\s+social",  # es
    r"s[ée]curit[ée]\s+sociale|sociale",  # fr
    r"previd[êe]ncia\s+social",  # pt
    r"sekirite\s+sosyal|sosyal",  # ht
    r"an\s+sinh(?:\s+x[ãa]\s+h[ộo]i)?",  # vi
    r"социальн\w*(?:\s+страховани\w*)?|страхового\s+номера|снилс",  # ru
    r"الضمان\s+الاجتماعي|الضمان",  # ar
)
SSN_JOINED = _any(r"社会安全|社會安全|社安|社会保障|社會保障", r"사회\s*보장|소셜\s*시큐리티|소셜\s*번호")

# --- phone numbers ---------------------------------------------------------------------------------

PHONE_SPACED = _any(
    r"tel[ée]fono|tel[ée]f\.?|cel(?:ular)?|m[óo]vil|whatsapp|wasap",  # es
    r"ll[áa]m(?:ame|eme|enme|en|e|ar|arme|arnos|enos|ada)|marque|m[aá]rqueme|cont[áa]ct(?:eme|enme|arme)",
    r"mi\s+n[úu]mero|n[úu]mero\s+de\s+(?:contacto|tel[ée]fono|celular|m[óo]vil)",
    r"mensaje\s+de\s+texto|textear|t[ée]xteeme|escr[íi]bame",
    r"t[ée]l[ée]phone|t[ée]l\.?|portable|appel(?:ez|er|le)(?:-moi)?|joindre|rappel(?:ez|er)(?:-moi)?",  # fr
    r"mon\s+num[ée]ro|num[ée]ro\s+de\s+(?:t[ée]l[ée]phone|portable|mobile)",
    r"telefone|celular|lig(?:ue|uem|ar)(?:-me)?|me\s+ligu?e|meu\s+n[úu]mero|zap|contato",  # pt
    r"telef[òo]n|selil[èe]|rele\s+(?:m|mwen)|nimewo\s+(?:mwen|telef[òo]n)",  # ht
    # "pakitawagan na lang ako sa": "paki-" asks kindly, "na lang" is "just"
    r"telepono|num(?:ero|ber)\s+ko|tumawag|cellphone",  # tl
    r"(?:paki)?tawag(?:an)?(?:\s+(?:mo|nyo|ninyo|niyo))?(?:\s+na\s+lang)?(?:\s+ako)?",
    r"[đd]i[ệe]n\s+tho[ạa]i|s[ốo]\s+c[ủu]a\s+t[ôo]i|g[ọo]i(?:\s+cho\s+t[ôo]i)?|di\s+[đd][ộo]ng|s[đd]t",  # vi
    r"телефон\w*|тел\.?|мобильн\w*|сотов\w*|позвоните|звоните|мой\s+номер",  # ru
    r"هاتف\w*|الهاتف|جوال\w*|موبايل|اتصل\w*|رقمي|واتساب|تلفون\w*",  # ar
)
PHONE_JOINED = _any(
    r"电话|電話|手机|手機|联系|聯繫|聯絡|联络|致电|致電|打给我|打給我|我的号码|我的號碼",
    r"전화|휴대폰|핸드폰|휴대\s*전화|연락처|연락|문자|내\s*번호|제\s*번호",
)

# --- ITINs and employer ID numbers -----------------------------------------------------------------

TAX_SPACED = _any(
    r"identificaci[óo]n\s+(?:patronal|fiscal|tributaria|del\s+(?:empleador|contribuyente))",  # es
    r"n[úu]mero\s+(?:de\s+)?(?:empleador|patronal|contribuyente)|id\s+(?:fiscal|patronal)",
    r"num[ée]ro\s+(?:d'employeur|fiscal|d'identification\s+fiscale)|identifiant\s+fiscal",  # fr
    r"identifica[çc][ãa]o\s+(?:fiscal|do\s+(?:empregador|contribuinte))|n[úu]mero\s+do\s+empregador",  # pt
    r"nimewo\s+(?:taks|anplway[èe])",  # ht
    r"m[ãa]\s+s[ốo]\s+thu[ếe]",  # vi
    r"инн|налогов\w+\s+номер",  # ru
    r"الرقم\s+الضريبي|رقم\s+ضريبي",  # ar
)
TAX_JOINED = _any(
    r"税号|稅號|纳税人识别|納稅人識別|雇主识别|雇主識別", r"납세자\s*번호|사업자\s*번호|고용주\s*번호"
)

# --- dates of birth --------------------------------------------------------------------------------

DOB_SPACED = _any(
    r"nac[íi](?:mos)?|naci[óo]|nacieron|nacid[oa]s?|fecha\s+(?:de\s+)?nac(?:imiento|\.)?",  # es
    r"f\.?\s*de\s*nac\.?|f\.?\s*nac\.?|f\.?\s*(?:de\s+)?nacimiento",
    r"cumplea[ñn]os",
    r"n[ée]e|né|date\s+de\s+naissance|anniversaire",  # fr
    r"nasci(?:d[oa])?|data\s+de\s+nascimento|anivers[áa]rio",  # pt
    r"(?:mwen|m)\s+f[èe]t|dat\s+(?:de\s+)?(?:nesans|f[èe]t)",  # ht
    r"ipinanganak|kapanganakan|kaarawan",  # tl
    r"sinh(?:\s+ng[àa]y|\s+n[ăa]m)?|ng[àa]y\s+sinh|sinh\s+nh[ậa]t",  # vi
    r"дата\s+рождения|родил(?:ся|ась)|день\s+рождения|д\.\s?р\.",  # ru
    r"تاريخ\s+(?:ال)?ميلاد\w*|ولدت|مواليد|عيد\s+ميلادي",  # ar
)
DOB_JOINED = _any(r"出生|生日", r"생년월일|생일|태어났|태어난")

# --- A-numbers -------------------------------------------------------------------------------------

A_NUMBER_SPACED = _any(
    r"(?:n[úu]mero|num[ée]ro|nimewo|s[ốo]|numero)\s+(?:de\s+)?(?-i:A)",  # "número A"
    r"(?:n[úu]mero|registro)\s+de\s+(?:extranjer[oa]|residente|inmigrante)|extranjer[oa]",  # es
    r"tarjeta\s+(?:verde|de\s+residen(?:te|cia))|mica",
    r"num[ée]ro\s+d'[ée]tranger|carte\s+(?:verte|de\s+r[ée]sident)",  # fr
    r"registro\s+de\s+estrangeiro|estrangeiro|cart[ãa]o\s+verde",  # pt
    r"nimewo\s+etranje|kat\s+v[èe]t",  # ht
    r"th[ẻe]\s+xanh",  # vi
    r"грин[\s\-]*карт\w*",  # ru
    r"البطاقة\s+الخضراء|الجرين\s+كارد",  # ar
)
A_NUMBER_JOINED = _any(r"绿卡|綠卡|外侨号|外僑號|移民号|移民號", r"영주권|외국인\s*등록")

# --- driver's licenses and state IDs ---------------------------------------------------------------

LICENSE_SPACED = _any(
    r"licen[cs]ia(?:\s+de\s+(?:conducir|manejar|manejo))?|permiso\s+de\s+conducir",  # es
    r"identificaci[óo]n\s+(?:estatal|del\s+estado)|id\s+(?:estatal|del\s+estado|de)",
    r"permis(?:\s+de\s+conduire)?",  # fr
    r"carteira\s+de\s+(?:motorista|habilita[çc][ãa]o)|cnh|habilita[çc][ãa]o",  # pt
    r"lisans(?:\s+kondi)?|p[èe]mi\s+kondi",  # ht
    r"lisensya(?:\s+sa\s+pagmamaneho)?",  # tl
    r"gi[ấa]y\s+ph[ée]p\s+l[áa]i\s+xe|b[ằa]ng\s+l[áa]i",  # vi
    r"водительск\w*(?:\s+удостоверени\w*)?|права",  # ru
    r"رخصة(?:\s+القيادة)?",  # ar
)
LICENSE_JOINED = _any(r"驾照|駕照|驾驶执照|駕駛執照", r"운전\s*면허")

# --- passports -------------------------------------------------------------------------------------

PASSPORT_SPACED = _any(
    r"pasaporte",  # es
    r"passeport",  # fr
    r"passaporte",  # pt
    r"pasp[òo]",  # ht
    r"h[ộo]\s+chi[ếe]u",  # vi
    r"паспорт\w*|загранпаспорт\w*",  # ru
    r"جواز(?:\s+(?:السفر|سفري|سفر))?",  # ar
)
PASSPORT_JOINED = _any(r"护照|護照", r"여권")

# --- bank accounts and routing numbers -------------------------------------------------------------

BANK_SPACED = _any(
    r"cuenta(?:\s+bancaria)?|ruta|enrutamiento|tr[áa]nsito|banco|bancaria|cheques|ahorros|clabe",  # es
    r"compte(?:\s+bancaire)?|banque|rib|virement|routage|guichet",  # fr
    r"conta(?:\s+banc[áa]ria)?|ag[êe]ncia|banco|poupan[çc]a|roteamento",  # pt
    r"kont\s+bank|kont|bank",  # ht
    r"numero\s+ng\s+(?:account|bangko)",  # tl
    r"t[àa]i\s+kho[ảa]n|s[ốo]\s+t[àa]i\s+kho[ảa]n|ng[âa]n\s+h[àa]ng",  # vi
    r"сч[её]т\w*|банк\w*",  # ru
    r"(?:ال)?حساب\w*|البنك|بنك\w*|(?:ال)?توجيه",  # ar
)
BANK_JOINED = _any(r"账户|賬戶|帳戶|账号|賬號|帳號|银行|銀行", r"계좌|은행|라우팅")

# --- Medicare --------------------------------------------------------------------------------------

MEDICARE_SPACED = _any(r"medicaid", r"beneficiario", r"b[ée]n[ée]ficiaire", r"benefici[áa]rio")
MEDICARE_JOINED = _any(r"联邦医疗保险|聯邦醫療保險|红白蓝卡", r"메디케어")

# --- words that part a telling word from a number --------------------------------------------------

ID_NOUNS = (
    *("caso", "reclamo", "reclamaci[óo]n", "solicitud", "confirmaci[óo]n", "referencia", "recibo"),
    *("orden", "pedido", "expediente", "formulario", "p[áa]gina", "cita", "seguimiento", "factura"),
    *("boleto", "folio", "queja", "apelaci[óo]n", "tr[áa]mite", "petici[óo]n"),
    *("dossier", "demande", "r[ée]clamation", "r[ée]f[ée]rence", "commande", "re[çc]u", "rendez-vous"),
    *("suivi", "processo", "protocolo", "solicita[çc][ãa]o", "confirma[çc][ãa]o", "formul[áa]rio"),
    *("agendamento", "fatura", "dosye", "demann", "konfimasyon", "referans", "resi", "randevou"),
    *("kaso", "reklamo", "aplikasyon", "kumpirmasyon", "resibo", "pahina"),
    *("h[ồo]\\s+s[ơo]", "[đd][ơo]n", "x[áa]c\\s+nh[ậa]n", "bi[êe]n\\s+nh[ậa]n", "trang"),
    *("дел[оа]", "заявк\\w*", "заявлени\\w*", "подтверждени\\w*", "квитанци\\w*", "форм\\w*", "заказ\\w*"),
    *("القضية", "الطلب", "التأكيد", "الإيصال", "النموذج"),
)
"""Reference nouns, like the English ones: "caso 2025550143" is not a phone number."""

ID_NOUNS_JOINED = (
    r"案件|案号|案號|申请|申請|确认|確認|收据|收據|表格|订单|訂單|编号|編號|사건|신청|접수|확인|주문|양식"
)

CONJUNCTIONS = (
    *("y", "e", "o", "u", "pero", "porque", "cuando", "despu[ée]s", "antes", "desde", "hasta"),
    *("et", "ou", "mais", "parce", "quand", "apr[èe]s", "avant", "depuis", "jusqu'[àa]"),
    *("mas", "quando", "depois", "at[ée]"),
    *("epi", "men", "paske", "apre", "anvan"),
    *("pero", "dahil", "kapag", "nang"),
    *("v[àa](?<!(?-i:VA))", "nh[ưu]ng", "v[ìi]", "khi", "sau", "tr[ưu][ớo]c"),
    *("и", "но", "или", "потому", "когда", "после", "до"),
    *("و", "لكن", "أو", "عندما", "بعد", "قبل"),
)
"""Words that join clauses: "nací en México y el 05/06/2020 llegué" is no date of birth. "VA" in capitals
is Virginia, not "và" ("License #: VA T72-49-1183")."""

MONEY_WORDS = (
    *("pagu[ée]", "pago", "pagos", "saldo", "monto", "cantidad", "cobr\\w+", "d[óo]lares", "pesos", "debo"),
    *("cuota", "tarifa", "pay[ée]", "montant", "solde", "frais", "euros", "dois", "paguei", "pagamento"),
    *("valor", "taxa", "reais", "peye", "lajan", "dola", "bayad", "binayad", "ti[ềe]n"),
    *("đ[ôo]", "сумм\\w*", "оплат\\w*", "долл\\w*", "руб\\w*", "مبلغ", "دولار"),
)
"""Words about money before a number: "saldo de la cuenta 1500 2000" is no account number."""

# --- hints: strings one of which Latin-script text holds when a spaced word is there ---------------

HINTS = {
    "ssn": ("social", "sosyal", "an sinh"),
    "phone": (
        *("tel", "cel", "movil", "móvil", "whatsapp", "wasap", "llam", "llám", "marque", "márque", "contact"),
        *("número", "numero", "numéro", "texte", "téxte", "escrib", "escríb", "portable", "appel"),
        *("joindre", "rappel", "lig", "zap", "contato", "selil", "rele", "nimewo", "tawag", "tumawag"),
        *("điện", "dien", "diện", "điên", "của t", "cua t", "gọi", "goi", "động", "dong", "đt", "dt"),
    ),
    "tax": (
        *("identificaci", "número", "numero", "numéro", "id ", "identifiant", "identifica", "nimewo"),
        *("thuế", "thue", "mã", "ma s"),
    ),
    "dob": (
        *("nac", "cumplea", "né", "nee ", "naissance", "anniversaire", "nasc", "aniver", "fèt", "m fet"),
        *("mwen fet", "dat fet"),
        *("nesans", "ipinanganak", "kapanganakan", "kaarawan", "sinh"),
    ),
    "a_number": (
        *("número", "numero", "numéro", "nimewo", "registro", "extranjer", "tarjeta", "mica"),
        *("étranger", "etranger", "carte", "estrangeiro", "cartão", "cartao", "etranje", "kat v", "xanh"),
        *("sô", "so ", "số"),
    ),
    "license": (
        *("licencia", "permiso", "identificaci", "permis", "carteira", "cnh", "habilita", "lisans"),
        *("pèmi", "pemi", "lisensya", "giấy", "giay", "bằng", "bang l"),
    ),
    "passport": ("pasaporte", "passeport", "passaporte", "paspò", "paspo", "hộ chiếu", "ho chieu"),
    "bank": (
        *("cuenta", "ruta", "banc", "cheques", "ahorros", "clabe", "compte", "banque", "rib", "virement"),
        *("conta", "agência", "agencia", "poupan", "kont", "bank", "numero ng", "tài", "tai k", "ngân"),
        *("ngan h", "enrutamiento", "tránsito", "transito", "routage", "guichet", "roteamento"),
    ),
    "medicare": ("medicaid", "beneficiario", "bénéficiaire", "beneficiaire", "beneficiário"),
}
"""Per kind, lower-case strings of which Latin-script text holds one when a spaced word is in it."""
