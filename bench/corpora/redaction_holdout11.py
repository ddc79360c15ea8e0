"""Eleventh held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites.
This corpus was written without seeing the redaction rules and must not be used to tune
them; it exists only to measure them.

All personal data here is invented: e-mail addresses use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges
192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; phone numbers use the
fictional 555-01xx block; card numbers are published test numbers that pass the Luhn check;
routing numbers pass the ABA checksum. Any resemblance of other numbers or names to real
people is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction).
CLEAN holds ordinary comments that must be stored unchanged.

Scoring normalizes both the text and each substring (NFKC, then removal of Unicode
category Cf characters) before checking whether a substring survived; for CLEAN the
normalized original is compared with the normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    # --- email ---
    (
        "email",
        (
            "Form kept timing out on page 3. If someone can look into it, write back to "
            "dana.whitcombe@example.com and I'll check tonight."
        ),
        ["dana.whitcombe@example.com"],
    ),
    (
        "email",
        "cant log in since tuesday my email is rjkowalski77@example.net pls help",
        ["rjkowalski77@example.net"],
    ),
    ("email", "Reply to: <T.Okonkwo+benefits@example.org>", ["T.Okonkwo+benefits@example.org"]),
    (
        "email",
        (
            "i typed my adress wrong on the form, it should be marisol_g_1990@example.com not "
            "marisol_g_1999@example.com"
        ),
        ["marisol_g_1990@example.com", "marisol_g_1999@example.com"],
    ),
    (
        "email",
        "contact me at harold dot finch at example dot net since your system bounces my replies",
        ["harold dot finch at example dot net"],
    ),
    (
        "email",
        (
            "My wife's email (shared account) ANNE.BEAUREGARD@EXAMPLE.COM keeps getting the verification "
            "codes instead of mine"
        ),
        ["ANNE.BEAUREGARD@EXAMPLE.COM"],
    ),
    (
        "email",
        (
            "The confirmation page said we sent a link to k-m-oyelaran@mail.example.org but nothing "
            "arrived after 2 hours."
        ),
        ["k-m-oyelaran@mail.example.org"],
    ),
    (
        "email",
        "Please unsubscribe vern.t.hollis@example.com, i never signed up for these alerts",
        ["vern.t.hollis@example.com"],
    ),
    ("email", "email:lpetrosyan@example.net phone on file is old", ["lpetrosyan@example.net"]),
    (
        "email",
        (
            "Tried to change my contact email from ddelacroix@example.com to "
            "dominique.delacroix.home@example.org and it says invalid format??"
        ),
        ["ddelacroix@example.com", "dominique.delacroix.home@example.org"],
    ),
    (
        "email",
        (
            "Whoever reads this: my daughter set up the account with jaylen2009@example.com, she is a "
            "minor, please delete it."
        ),
        ["jaylen2009@example.com"],
    ),
    (
        "email",
        "the chat bot asked for my email three times. its w.s.marchetti@example.com. then it logged me out",
        ["w.s.marchetti@example.com"],
    ),
    (
        "email",
        (
            "Sent docs from my work account (bwalcott@corp.example.com) because the portal upload failed. "
            "Did you get them?"
        ),
        ["bwalcott@corp.example.com"],
    ),
    (
        "email",
        (
            "Got a phishing msg pretending to be you, sent to my inbox at tamsin.reyes@example.org. "
            "Forwarded it, hope that helps."
        ),
        ["tamsin.reyes@example.org"],
    ),
    (
        "email",
        (
            "Please respond to PRIYA.NAIR.1984 @ example.com (remove the spaces, your form strips the at "
            "sign otherwise)"
        ),
        ["PRIYA.NAIR.1984 @ example.com"],
    ),
    (
        "email",
        "Account locked. Username = email = fitzgerald.ocampo@example.com. Been 3 days.",
        ["fitzgerald.ocampo@example.com"],
    ),
    (
        "email",
        (
            "second attempt submitting this. reach me at ng.thu.trang@example.org or the alternate "
            "q.tran@example.net"
        ),
        ["ng.thu.trang@example.org", "q.tran@example.net"],
    ),
    (
        "email",
        (
            "Ticket closed without fixing anything. Recovery email on the account is still my old one, "
            "sk8rboi_2001@example.com, which I can't open anymore."
        ),
        ["sk8rboi_2001@example.com"],
    ),
    (
        "email",
        "Email was already in use?? hkimura@example.com is mine and I never registered before.",
        ["hkimura@example.com"],
    ),
    (
        "email",
        (
            "No me llegó el código de verificación a mi correo lucia.fernandez.m@example.com, ya lo "
            "intenté cinco veces."
        ),
        ["lucia.fernandez.m@example.com"],
    ),
    (
        "email",
        "mi correo es jose_armando_r@example.net por favor contestenme en español",
        ["jose_armando_r@example.net"],
    ),
    (
        "email",
        (
            "Escribí mal mi correo al registrarme: puse gaby.ortis@example.com y debía ser "
            "gaby.ortiz@example.com"
        ),
        ["gaby.ortis@example.com", "gaby.ortiz@example.com"],
    ),
    (
        "email",
        "Para cualquier duda, Correo: Rfuentes.contador@example.org (soy el contador de la familia)",
        ["Rfuentes.contador@example.org"],
    ),
    (
        "email",
        "la pagina en español no deja cambiar el email, el mio es p.aguilar_vega@example.com",
        ["p.aguilar_vega@example.com"],
    ),
    (
        "email",
        (
            "Tôi không nhận được email xác nhận. Địa chỉ của tôi là nguyen.van.hieu@example.com, xin hãy "
            "kiểm tra giúp."
        ),
        ["nguyen.van.hieu@example.com"],
    ),
    # --- phone ---
    (
        "phone",
        "Please call me back, the callback form wouldnt take my number: (312) 555-0147",
        ["(312) 555-0147"],
    ),
    ("phone", "cell 414.555.0182 best after 5pm", ["414.555.0182"]),
    (
        "phone",
        "I waited on hold 2 hours. My phone number is 9195550163 if anyone actually wants to call.",
        ["9195550163"],
    ),
    ("phone", "Text me at +1 602-555-0124, I don't check email.", ["+1 602-555-0124"]),
    (
        "phone",
        (
            "The verification texts still go to 617\u2013555\u20130138 which I gave up last year. New one "
            "is 617\u2013555\u20130191."
        ),
        ["617\u2013555\u20130138", "617\u2013555\u20130191"],
    ),
    ("phone", "my number changed to 213/555-0176 but the site keeps showing the old one", ["213/555-0176"]),
    ("phone", "Call 503 555 0109 and ask for me, I'm the one who filed for my mother", ["503 555 0109"]),
    ("phone", "phone: 720\xa0555\xa00115", ["720\xa0555\xa00115"]),
    (
        "phone",
        "Reached a dead end on the form. You can reach me on my mobile, it's 347 555 01 33",
        ["347 555 01 33"],
    ),
    ("phone", "home (808)555-0150 work (808)555-0171 ext 4", ["(808)555-0150", "(808)555-0171"]),
    (
        "phone",
        "you can reach me at five five five, zero one four two, area code is two oh six",
        ["five five five, zero one four two"],
    ),
    (
        "phone",
        "I tried the 'call me' feature and it rang 1 (404) 555-0187 which is my landline, not my cell",
        ["1 (404) 555-0187"],
    ),
    (
        "phone",
        (
            "Leave a voicemail at 573-555-0119. I work nights and sleep during the day so please nothing "
            "before 2pm. The form itself is fine, the callback options are just limited."
        ),
        ["573-555-0119"],
    ),
    ("phone", "Contact: 702-555-\u200b0144", ["702-555-\u200b0144"]),
    ("phone", "I'm deaf, please don't call. If you must, text only: 248 5550128", ["248 5550128"]),
    (
        "phone",
        "the number on my account is wrong, should be 555-0165 with area code 919 not 929",
        ["555-0165"],
    ),
    (
        "phone",
        "pls call my daughter she handles my paperwork 832.555.0193 her info is on the form too",
        ["832.555.0193"],
    ),
    ("phone", "Phone no. +1.775.555.0102", ["+1.775.555.0102"]),
    ("phone", "Mi teléfono es (786) 555-0148, llámenme por la tarde por favor.", ["(786) 555-0148"]),
    ("phone", "no tengo correo, solo celular 956 555 0114, mandenme mensaje", ["956 555 0114"]),
    (
        "phone",
        "El número que tienen registrado está mal, el correcto es 305-555-0179. Gracias.",
        ["305-555-0179"],
    ),
    ("phone", "Whatsapp +1 915 555 0131 para cualquier cosa", ["+1 915 555 0131"]),
    (
        "phone",
        "llame al 210.555.0158 y pregunte por mi, soy la hija de la señora que aplicó",
        ["210.555.0158"],
    ),
    ("phone", "Tanpri rele m nan 617-555-0197, mwen pa konprann fòm nan an angle.", ["617-555-0197"]),
    ("phone", "제 전화번호는 213-555-0106 입니다. 영어를 잘 못해서 통역이 필요합니다.", ["213-555-0106"]),
    # --- ssn ---
    ("ssn", "my SSN is 512-48-3307 and the form says it doesnt match", ["512-48-3307"]),
    ("ssn", "SNN 431 72 9016 - typed it 4 times, still 'invalid'.", ["431 72 9016"]),
    ("ssn", "social secuirty number 287519644 please update my record", ["287519644"]),
    (
        "ssn",
        "Your site showed someone else's info!! I entered my ss# 604.33.1298 and got a stranger's record.",
        ["604.33.1298"],
    ),
    ("ssn", "soc sec no: 338\u201361\u20134472", ["338\u201361\u20134472"]),
    (
        "ssn",
        "For the record my husband's social is 219 40 7735 and mine is 219 40 7761, the system swapped them",
        ["219 40 7735", "219 40 7761"],
    ),
    ("ssn", "i put my social 145-2\u200b2-8930 in the box and it freezes", ["145-2\u200b2-8930"]),
    ("ssn", "S.S.N. 452/88/3016", ["452/88/3016"]),
    (
        "ssn",
        (
            "The identity check keeps failing. Number I entered: 073-56-2241. Name and birthday match my "
            "card exactly."
        ),
        ["073-56-2241"],
    ),
    ("ssn", "ssn 529 - 07 - 6483 (spaces because the field wouldn't accept dashes)", ["529 - 07 - 6483"]),
    (
        "ssn",
        "I called and the rep asked me to put my social here so: 381\xa004\xa05529",
        ["381\xa004\xa05529"],
    ),
    (
        "ssn",
        "Social Security #: 267-90-1158. Please correct the spelling of my last name on the letter.",
        ["267-90-1158"],
    ),
    ("ssn", "SOCIAL 6 0 2 1 1 4 8 7 3", ["6 0 2 1 1 4 8 7 3"]),
    (
        "ssn",
        "social security number five one seven, two two, zero nine four one",
        ["five one seven, two two, zero nine four one"],
    ),
    (
        "ssn",
        "Wrong number on my 1099: it shows 318-42-7760 but my actual ssn is 318-42-7706.",
        ["318-42-7760", "318-42-7706"],
    ),
    ("ssn", "my childs ssn-- 690 14 2283 -- was rejected for the dependent", ["690 14 2283"]),
    (
        "ssn",
        (
            "Trying to add my newborn. Hospital gave us the card, number 771-30-5519, and the site says "
            "not found."
        ),
        ["771-30-5519"],
    ),
    ("ssn", "SSN starts 243-55 and the rest is 0917, the form cut it off after 5 digits", ["243-55", "0917"]),
    ("ssn", "ssn:508630142", ["508630142"]),
    ("ssn", "Mi número de seguro social es 611-28-4407 y no me deja continuar.", ["611-28-4407"]),
    ("ssn", "seguro socal 532 19 8864 por favor corrijan mi nombre", ["532 19 8864"]),
    ("ssn", "Puse mi SSN 476.02.3391 pero dice que ya está registrado", ["476.02.3391"]),
    ("ssn", "numero de seguro social de mi esposo: 289 63 0175", ["289 63 0175"]),
    (
        "ssn",
        "El sistema rechaza mi número de Seguro Social (398-27-6612) aunque es correcto.",
        ["398-27-6612"],
    ),
    ("ssn", "Ang SSN ko ay 355-81-0264, pakitingnan po kung bakit hindi tinatanggap.", ["355-81-0264"]),
    # --- itin_ein ---
    ("itin_ein", "My ITIN is 912-78-4430 and the form only accepts SSNs. Please fix.", ["912-78-4430"]),
    ("itin_ein", "itin 941 72 6618", ["941 72 6618"]),
    ("itin_ein", "EIN for my small business 47-2918365, the verification letter never came", ["47-2918365"]),
    ("itin_ein", "employer id 83 1057742", ["83 1057742"]),
    ("itin_ein", "Tax ID (ITIN): 987-94-1045", ["987-94-1045"]),
    (
        "itin_ein",
        "I entered our EIN as 272204518 without the dash like the help text said and it still fails",
        ["272204518"],
    ),
    ("itin_ein", "fein # 81\u20134426097", ["81\u20134426097"]),
    (
        "itin_ein",
        "my wife uses an individual taxpayer number, 955-81-2270, she doesn't have a social yet",
        ["955-81-2270"],
    ),
    (
        "itin_ein",
        "The payroll company typed our EIN wrong on the W-2: they put 46-0395581, correct is 46-0395518",
        ["46-0395581", "46-0395518"],
    ),
    ("itin_ein", "ITNI 920.88.5146 renewed last year but the site says expired", ["920.88.5146"]),
    ("itin_ein", "Business tax id no. 36\u200b-\u200b4419027", ["36\u200b-\u200b4419027"]),
    ("itin_ein", "itin exp. renewed. #: 963 70 3321", ["963 70 3321"]),
    (
        "itin_ein",
        "my llc's employer identification number is 88-1934072 and i'm the only member",
        ["88-1934072"],
    ),
    ("itin_ein", "Filing for my nonprofit. EIN 52\xa01846630.", ["52\xa01846630"]),
    ("itin_ein", "Used ITIN 978-85-0034 for the dependent and the system wants an SSN", ["978-85-0034"]),
    (
        "itin_ein",
        "the w9 asks for tax id, ours is 20-5837716, why is the grant portal rejecting it",
        ["20-5837716"],
    ),
    (
        "itin_ein",
        "I have two numbers: ITIN 931-76-4852 from before, and now a social. Which one do I use?",
        ["931-76-4852"],
    ),
    ("itin_ein", "federal tax id 91 - 2083345 (sole prop)", ["91 - 2083345"]),
    (
        "itin_ein",
        "EIN 61-3309218 issued in March but the SAM registration still shows pending",
        ["61-3309218"],
    ),
    ("itin_ein", "Mi número ITIN es 944-71-0392 y no tengo seguro social todavía.", ["944-71-0392"]),
    ("itin_ein", "el EIN de mi negocio es 85-2261904, por favor revisen", ["85-2261904"]),
    ("itin_ein", "itin 916824407 (no tengo SSN)", ["916824407"]),
    ("itin_ein", "número de identificación del empleador: 33-4071856", ["33-4071856"]),
    ("itin_ein", "Mi esposo tiene ITIN 958-90-6613, ¿puede aplicar?", ["958-90-6613"]),
    ("itin_ein", "Meu ITIN é 929-77-5180 e o site não aceita.", ["929-77-5180"]),
    # --- card ---
    (
        "card",
        "I was charged twice for the passport fee on card 4111 1111 1111 1111. Please refund one.",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "payment failed with my visa 4242424242424242 even though there's money on it",
        ["4242424242424242"],
    ),
    (
        "card",
        "Mastercard 5555-5555-5555-4444 exp 09/27, the form says invalid but it works on other sites",
        ["5555-5555-5555-4444"],
    ),
    ("card", "amex 3782 822463 10005 not accepted??", ["3782 822463 10005"]),
    (
        "card",
        "I paid the park entrance with 5105 1051 0510 5100 and never got a receipt",
        ["5105 1051 0510 5100"],
    ),
    ("card", "card no. 6011.1111.1111.1117", ["6011.1111.1111.1117"]),
    (
        "card",
        "Charged $35 on my debit card, full number is 4012 8888 8888 1881, I want to dispute",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "The renewal fee went through on 4000\xa00566\xa05566\xa05556 but the site says unpaid.",
        ["4000\xa00566\xa05566\xa05556"],
    ),
    ("card", "my card is 5200 8282 8282 8210 and it was declined at step 5", ["5200 8282 8282 8210"]),
    (
        "card",
        "Typed my card 3530-1113-3330-0000 and then the page reloaded and charged it??",
        ["3530-1113-3330-0000"],
    ),
    (
        "card",
        "the card field only fit 8 digits so I typed 4000 0025 and then put 0000 3155 in the next box",
        ["4000 0025", "0000 3155"],
    ),
    ("card", "diners 3056 930902 5904 refused", ["3056 930902 5904"]),
    (
        "card",
        "Refund should go to 6011 0009 9013 9424, that's the card I used at the visitor center.",
        ["6011 0009 9013 9424"],
    ),
    ("card", "I entered 2223003122003222 as my card and got error 500", ["2223003122003222"]),
    (
        "card",
        "card number 5425 2334 3010 9903 please remove it from my saved payment methods",
        ["5425 2334 3010 9903"],
    ),
    (
        "card",
        "visa 4217\u20136511\u20131111\u20131119 declined 3 times",
        ["4217\u20136511\u20131111\u20131119"],
    ),
    ("card", "my credit card (371449635398431) was saved without my permission!", ["371449635398431"]),
    (
        "card",
        "charged to 5577\u200b0000\u200b5577\u200b0004 twice in one day",
        ["5577\u200b0000\u200b5577\u200b0004"],
    ),
    (
        "card",
        "the last time I used 6200 0000 0000 0005 it worked fine, now the checkout just spins",
        ["6200 0000 0000 0005"],
    ),
    (
        "card",
        "Me cobraron dos veces en mi tarjeta 4444 3333 2222 1111, necesito el reembolso.",
        ["4444 3333 2222 1111"],
    ),
    ("card", "tarjeta de crédito 5454-5454-5454-5454 rechazada sin razón", ["5454-5454-5454-5454"]),
    ("card", "Pagué con la tarjeta 4005 5192 0000 0004 y no recibí confirmación", ["4005 5192 0000 0004"]),
    (
        "card",
        "numero de tarjeta 3566002020360505 por si lo necesitan para el reembolso",
        ["3566002020360505"],
    ),
    (
        "card",
        "La tarjeta de débito 4571 0000 0000 0001 aparece como vencida pero vence en 2028",
        ["4571 0000 0000 0001"],
    ),
    (
        "card",
        "J'ai été débité deux fois sur ma carte 4988 4388 4388 4305, merci de rembourser.",
        ["4988 4388 4388 4305"],
    ),
    # --- bank ---
    (
        "bank",
        "Direct deposit info: routing 021000021 account 48213390017. It still hasn't gone through.",
        ["021000021", "48213390017"],
    ),
    (
        "bank",
        "I changed my bank. New routing # 111000025, acct # 7730 0491 88.",
        ["111000025", "7730 0491 88"],
    ),
    ("bank", "my refund went to my old account 3300184726 which is closed!!", ["3300184726"]),
    ("bank", "ABA 122105278 / acct 004418263375", ["122105278", "004418263375"]),
    ("bank", "rtn 011 000 015 acct 5520381994", ["011 000 015", "5520381994"]),
    ("bank", "checking account number: 9184 2207 63, routing 091000019", ["9184 2207 63", "091000019"]),
    (
        "bank",
        (
            "The deposit form says my routing number 026009593 is invalid. It's Bank of America, it's "
            "definitely valid."
        ),
        ["026009593"],
    ),
    ("bank", "direct dep, rout. 121000358, acct. 1490558823", ["121000358", "1490558823"]),
    (
        "bank",
        "my account is 6621-0098-4410 at the credit union, the routing they gave me is 322271627",
        ["6621-0098-4410", "322271627"],
    ),
    (
        "bank",
        "Please stop the payment to account no. 2770 1184 5520, that's my ex's account",
        ["2770 1184 5520"],
    ),
    (
        "bank",
        "routing 0530\u200b00196 account 804\u200b417\u200b729",
        ["0530\u200b00196", "804\u200b417\u200b729"],
    ),
    ("bank", "acct#88410276 rtng#061000104", ["88410276", "061000104"]),
    (
        "bank",
        (
            "I entered routing 031176110 and my savings account 4409912758 but the confirmation only shows "
            "the last 4"
        ),
        ["031176110", "4409912758"],
    ),
    (
        "bank",
        "Bank info on file is wrong. It should be: R/T 101000019, A/C 117740382261.",
        ["101000019", "117740382261"],
    ),
    ("bank", "my account number is 3 0 8 8 1 4 5 2 6 7", ["3 0 8 8 1 4 5 2 6 7"]),
    (
        "bank",
        "Refund was sent to routing 071000013 acct 58820447193 and that isn't mine.",
        ["071000013", "58820447193"],
    ),
    (
        "bank",
        "Deposit should go to checking, routing 121042882, the account is 9043315587",
        ["121042882", "9043315587"],
    ),
    ("bank", "payroll deduction bank details: 063100277 / 2290047715", ["063100277", "2290047715"]),
    (
        "bank",
        "routing number 256074974 (navy fed) acct 7012\u2013448\u2013309",
        ["256074974", "7012\u2013448\u2013309"],
    ),
    (
        "bank",
        "Mi número de cuenta es 4471 0982 3365 y el número de ruta 122000247.",
        ["4471 0982 3365", "122000247"],
    ),
    (
        "bank",
        "cambien el deposito directo a la cuenta 91827364550, ruta 044000037",
        ["91827364550", "044000037"],
    ),
    ("bank", "número de ruta bancaria 107005047 cuenta de cheques 3308812209", ["107005047", "3308812209"]),
    ("bank", "el reembolso llegó a la cuenta 5501-2278-03 que ya cerré", ["5501-2278-03"]),
    ("bank", "Banco: routing 065000090, cuenta 7711045832. Gracias.", ["065000090", "7711045832"]),
    (
        "bank",
        "Số tài khoản của tôi là 0081 4420 7719, số định tuyến 124003116.",
        ["0081 4420 7719", "124003116"],
    ),
    # --- ip ---
    ("ip", "Your site blocked my IP 203.0.113.45 after one failed login. Please unblock.", ["203.0.113.45"]),
    ("ip", "i think someone accessed my account from 198.51.100.23, not me", ["198.51.100.23"]),
    ("ip", "my home ip is 192.0.2.146 and the rate limiter keeps flagging it", ["192.0.2.146"]),
    (
        "ip",
        "The error page said 'request from 2001:db8:85a3::8a2e:370:7334 denied'. That's my router.",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "Login alerts show 203.0.113.7 and 203.0.113.201, only the first is mine.",
        ["203.0.113.7", "203.0.113.201"],
    ),
    ("ip", "ip address: 198.51.100.9", ["198.51.100.9"]),
    ("ip", "blocked again. my address according to whatismyip is 192.0.2.77", ["192.0.2.77"]),
    ("ip", "Getting 403 from 2001:DB8:0:0:8:800:200C:417A every time", ["2001:DB8:0:0:8:800:200C:417A"]),
    ("ip", "vpn exit 203.0.113.118 is mine, the fraud check treats it as foreign", ["203.0.113.118"]),
    (
        "ip",
        "we work from our home office and the IP 198.51.100.164 gets captcha loops all day",
        ["198.51.100.164"],
    ),
    (
        "ip",
        "i tried from my phone (ip 192.0.2.33) and from my laptop (192.0.2.34) same error",
        ["192.0.2.33", "192.0.2.34"],
    ),
    ("ip", "the session expired message shows me as 203.0.113.62:51820, is that normal?", ["203.0.113.62"]),
    ("ip", "Access denied for 2001:db8:1f70::999:de8:7648:6e8", ["2001:db8:1f70::999:de8:7648:6e8"]),
    ("ip", "please whitelist 198.51.100.250 I'm at home not abroad", ["198.51.100.250"]),
    ("ip", "The security notice mentioned IP 192.0.2.5 on 4/12, which I don't recognize.", ["192.0.2.5"]),
    (
        "ip",
        "my IPv6 is 2001:db8:3c4d:15::1a2f:1a2b, apparently your site doesn't support v6 logins",
        ["2001:db8:3c4d:15::1a2f:1a2b"],
    ),
    (
        "ip",
        "Had to give the rep my IP 203.0.113.19 over the phone, figured I'd put it here too",
        ["203.0.113.19"],
    ),
    ("ip", "Locked out from 198.51.100.71. Worked yesterday from the same computer.", ["198.51.100.71"]),
    ("ip", "ip 192.0.2.219 flagged as bot", ["192.0.2.219"]),
    ("ip", "Mi dirección IP es 203.0.113.88 y me sale que está bloqueada.", ["203.0.113.88"]),
    ("ip", "bloquearon mi ip 198.51.100.140 sin razon", ["198.51.100.140"]),
    ("ip", "Desde la IP 192.0.2.61 no puedo entrar, desde mi celular sí.", ["192.0.2.61"]),
    ("ip", "aparece un acceso desde 2001:db8:ac10:fe01::12 que no reconozco", ["2001:db8:ac10:fe01::12"]),
    ("ip", "mi ip de la casa: 203.0.113.154", ["203.0.113.154"]),
    ("ip", "我的IP地址是198.51.100.37\uff0c一直被封锁\uff0c无法登录。", ["198.51.100.37"]),
    # --- address ---
    (
        "address",
        "Mail my replacement card to 4417 Birchwood Ln, Apt 2C, Dayton OH 45419. The old address is wrong.",
        ["4417 Birchwood Ln"],
    ),
    ("address", "i moved to 88 w elm st unit 5 springfield", ["88 w elm st"]),
    ("address", "new address 1290 NORTH CASCADE AVENUE COLORADO SPRINGS CO", ["1290 NORTH CASCADE AVENUE"]),
    (
        "address",
        (
            "The letter went to 302 Pinecrest Drive but I live at 320 Pinecrest Drive. Same street, "
            "different house."
        ),
        ["302 Pinecrest Drive", "320 Pinecrest Drive"],
    ),
    ("address", "my mailing address is P.O. Box 7731, Tupelo, MS 38802", ["P.O. Box 7731"]),
    ("address", "Please update: 15 Harbor View Rd. Apt. 4, Portland ME", ["15 Harbor View Rd"]),
    (
        "address",
        "I live at 2208 S. Kedzie Ave, 2nd floor, and the mail carrier says the label is incomplete",
        ["2208 S. Kedzie Ave"],
    ),
    ("address", "deliver to 7 1/2 Orchard Street rear door", ["7 1/2 Orchard Street"]),
    (
        "address",
        "Address on my ID is 5610 Old Mill Road, Fairfax VA 22030 and the site says it can't be verified.",
        ["5610 Old Mill Road"],
    ),
    ("address", "6021 e. mockingbird ln #110 dallas tx 75206", ["6021 e. mockingbird ln"]),
    (
        "address",
        "Send the forms to my sister's house, 914 Cortland Pl, she'll get them to me",
        ["914 Cortland Pl"],
    ),
    ("address", "Im at 1147 County Road 212 Giddings TX", ["1147 County Road 212"]),
    ("address", "Our address: 340 W 57th St Apt 9F New York NY 10019", ["340 W 57th St"]),
    (
        "address",
        "the map shows my house at the wrong spot. it's 77 Sycamore Court not 77 Sycamore Circle",
        ["77 Sycamore Court", "77 Sycamore Circle"],
    ),
    ("address", "home address: 12\xa0Wren Hollow Way, Bozeman", ["12\xa0Wren Hollow Way"]),
    (
        "address",
        "my apartment is 2500 N Lakeview Blvd #1204 and the unit number keeps getting dropped",
        ["2500 N Lakeview Blvd"],
    ),
    (
        "address",
        "I put 19 Quail Run Rd as my street and it autocorrected to something in another state",
        ["19 Quail Run Rd"],
    ),
    ("address", "ship to: 455 Ridgeline Terrace, Unit B, Asheville, NC 28803", ["455 Ridgeline Terrace"]),
    ("address", "Mi dirección nueva es 3315 Calle Esperanza, Laredo, TX 78046.", ["3315 Calle Esperanza"]),
    ("address", "vivo en 1802 Magnolia Ave apto 6, no en la dirección vieja", ["1802 Magnolia Ave"]),
    ("address", "Enviar la carta a 627 Rio Grande Blvd SW, Albuquerque", ["627 Rio Grande Blvd SW"]),
    ("address", "la direccion de mi casa 450 n poinsettia st santa ana", ["450 n poinsettia st"]),
    ("address", "Cambié de domicilio: 9 Brookside Dr, Apt 14, Reading PA", ["9 Brookside Dr"]),
    ("address", "Địa chỉ mới của tôi là 2741 Story Rd, San Jose, CA 95127.", ["2741 Story Rd"]),
    ("address", "عنواني الجديد هو 1508 Warren Ave, Dearborn, MI، أرجو تحديث السجل.", ["1508 Warren Ave"]),
    # --- name ---
    (
        "name",
        "My name is Rosalind Achterberg and I've been trying to reach someone for weeks.",
        ["Rosalind Achterberg"],
    ),
    (
        "name",
        "this is for my son Tobias Lindqvist, he turned 18 and needs his own account",
        ["Tobias Lindqvist"],
    ),
    ("name", "Thanks for nothing.\n-- Gerald P. Wexford", ["Gerald P. Wexford"]),
    (
        "name",
        "i'm filing on behalf of my mom, margarethe oduya, she doesnt use computers",
        ["margarethe oduya"],
    ),
    (
        "name",
        "Name on the account is misspelled: it says Deshawn Mccaleb but it should be DeShawn McCaleb.",
        ["Deshawn Mccaleb", "DeShawn McCaleb"],
    ),
    ("name", "Regards, Ingrid Solvang-Pereira", ["Ingrid Solvang-Pereira"]),
    ("name", "Please tell the agent that Corwin Ashby called back (that's me).", ["Corwin Ashby"]),
    (
        "name",
        (
            "The certificate was issued to 'Anneliese Brunt' but I legally changed my name to Anneliese "
            "Vukovich in 2019."
        ),
        ["Anneliese Brunt", "Anneliese Vukovich"],
    ),
    (
        "name",
        "My late husband Horace Quimby's benefits were never transferred. I'm his widow, Edwina Quimby.",
        ["Horace Quimby", "Edwina Quimby"],
    ),
    ("name", "my daughter Keziah Ambrose-Hill is the one who needs the appointment", ["Keziah Ambrose-Hill"]),
    ("name", "Submitted by: FLORENCIO DIMAANO", ["FLORENCIO DIMAANO"]),
    ("name", "my full name Oksana Yaremchuk doesnt fit in your name field", ["Oksana Yaremchuk"]),
    ("name", "Hi, it's Barnaby Fitch again. Same problem as last week.", ["Barnaby Fitch"]),
    (
        "name",
        "The caseworker mixed me up with another person. I'm Latoya Brisbane, not Latoya Brisbane-Cole.",
        ["Latoya Brisbane", "Latoya Brisbane-Cole"],
    ),
    (
        "name",
        "Surname: Haverkamp  Given name: Wilhelmina  (your form reverses them)",
        ["Haverkamp", "Wilhelmina"],
    ),
    (
        "name",
        "Could you route this to whoever handles appeals? Thank you so much, Priyanka Venkataraman",
        ["Priyanka Venkataraman"],
    ),
    (
        "name",
        "My neighbor Odell Prewitt helped me fill this out because my eyesight is poor.",
        ["Odell Prewitt"],
    ),
    (
        "name",
        "name is Yusuf Al-Amin Carrington, 3 part name and your form only takes 2",
        ["Yusuf Al-Amin Carrington"],
    ),
    (
        "name",
        "Me llamo Guadalupe Zamarripa Ortega y necesito ayuda con mi solicitud.",
        ["Guadalupe Zamarripa Ortega"],
    ),
    ("name", "mi hijo Emiliano Cuautle necesita su tarjeta, ya cumplió 18", ["Emiliano Cuautle"]),
    ("name", "Atentamente,\nRigoberto Salcido", ["Rigoberto Salcido"]),
    ("name", "mi nombre es maria de los angeles ibarra y nadie me contesta", ["maria de los angeles ibarra"]),
    (
        "name",
        (
            "La carta llegó a nombre de Ernestina Villalobos pero mi apellido es Villalpando: Ernestina "
            "Villalpando."
        ),
        ["Ernestina Villalobos", "Ernestina Villalpando"],
    ),
    ("name", "我叫王美玲\uff08Meiling Wang\uff09\uff0c我的申请一直没有回复。", ["王美玲", "Meiling Wang"]),
    (
        "name",
        "Ako po si Rodelio Manansala, gusto ko lang malaman ang status ng aplikasyon ko.",
        ["Rodelio Manansala"],
    ),
    # --- dob ---
    ("dob", "DOB 03/14/1987 and the form says I'm under 18??", ["03/14/1987"]),
    ("dob", "my date of birth is june 9 1954 and it keeps showing 1945", ["june 9 1954"]),
    ("dob", "born on 11-02-2001", ["11-02-2001"]),
    ("dob", "Birthdate: 1979.07.23", ["1979.07.23"]),
    ("dob", "d.o.b 2/29/1992 (leap day!) isn't accepted by the date picker", ["2/29/1992"]),
    ("dob", "I was born 4 August 1968 and your system has me as 8 April.", ["4 August 1968"]),
    ("dob", "birthday 12 / 05 / 1990", ["12 / 05 / 1990"]),
    ("dob", "date of birth : 07\xa019\xa01983", ["07\xa019\xa01983"]),
    (
        "dob",
        "My son's birthdate is January 30, 2012, but the form won't let me pick anything before 2015.",
        ["January 30, 2012"],
    ),
    ("dob", "Date of Birth (MM/DD/YYYY): 10/31/1975", ["10/31/1975"]),
    (
        "dob",
        "The record shows my DOB as 1961-05-17. Correct date is 1961-07-15.",
        ["1961-05-17", "1961-07-15"],
    ),
    ("dob", "dob-- 9.3.48", ["9.3.48"]),
    (
        "dob",
        "I'm a senior, born in 1946 on the 22nd of March, and the font is too small.",
        ["1946 on the 22nd of March"],
    ),
    ("dob", "birth date 19880611", ["19880611"]),
    ("dob", "my mother (born 05\u201308\u20131939) needs help applying", ["05\u201308\u20131939"]),
    ("dob", "DOB: Sept. 3rd, 1995", ["Sept. 3rd, 1995"]),
    ("dob", "Brth date 8/8/88", ["8/8/88"]),
    ("dob", "I entered my date of birth as 01/02/1970 and it flipped day and month", ["01/02/1970"]),
    ("dob", "Mi fecha de nacimiento es 14 de marzo de 1987.", ["14 de marzo de 1987"]),
    ("dob", "naci el 23/09/1972 y el sistema dice otra fecha", ["23/09/1972"]),
    ("dob", "fecha de nac. 5-ene-1990", ["5-ene-1990"]),
    ("dob", "Mi hija nació el 2 de febrero de 2016, necesito agregarla.", ["2 de febrero de 2016"]),
    ("dob", "F. nacimiento: 30.11.1958", ["30.11.1958"]),
    ("dob", "제 생년월일은 1982년 4월 15일인데 시스템에 잘못 입력되어 있습니다.", ["1982년 4월 15일"]),
    ("dob", "Моя дата рождения 12.06.1977, но в системе указано 1976.", ["12.06.1977"]),
    # --- medicare ---
    ("medicare", "Medicare number 2AX7-FJ3-PR45, the drug plan lookup says not found", ["2AX7-FJ3-PR45"]),
    ("medicare", "my MBI is 5km2uh8cw19", ["5km2uh8cw19"]),
    ("medicare", "New Medicare card number: 3TN9 E24 GY06. Please update my record.", ["3TN9 E24 GY06"]),
    ("medicare", "medicare # 7DC1-HK6-WN82", ["7DC1-HK6-WN82"]),
    ("medicare", "Mbi: 4G72-TR0-EH39", ["4G72-TR0-EH39"]),
    ("medicare", "Medicare beneficiary identifier 9QW5A41XN60", ["9QW5A41XN60"]),
    ("medicare", "my old medicare claim number was 302458816A, is that still good?", ["302458816A"]),
    ("medicare", "medicare card # 6RF3-VD7-KT21", ["6RF3-VD7-KT21"]),
    ("medicare", "Husband's Medicare number is 8NJ6\u2013PC2\u2013YM04", ["8NJ6\u2013PC2\u2013YM04"]),
    ("medicare", "I typed my MBI 1H94\u200b-GJ2-AU57 exactly as printed", ["1H94\u200b-GJ2-AU57"]),
    ("medicare", "medicaer number 3CP8MN5VA12 spelled wrong on the letter", ["3CP8MN5VA12"]),
    ("medicare", "My mom's Medicare ID 2WD5-K81-RE96 keeps failing the eligibility check", ["2WD5-K81-RE96"]),
    ("medicare", "Part B premium question. MBI: 7VJ2\xa0FY4\xa0QD58", ["7VJ2\xa0FY4\xa0QD58"]),
    ("medicare", "the rep asked me to include my medicare no here: 5GX9MP3TC47", ["5GX9MP3TC47"]),
    ("medicare", "MEDICARE ID 4KH1 WA6 DN30", ["4KH1 WA6 DN30"]),
    (
        "medicare",
        "The number on my red white and blue card is 6UE2-XN7-HW81 and the site says it's not valid",
        ["6UE2-XN7-HW81"],
    ),
    ("medicare", "I have Medicare (number 9AY3-CT5-FK22) and Medicaid, which do I enter?", ["9AY3-CT5-FK22"]),
    ("medicare", "medicare 8EC7-RU9-JA63 in case you need to look me up", ["8EC7-RU9-JA63"]),
    (
        "medicare",
        "Old HICN 471-20-9935B, new MBI 2MT6-YE1-PN74, which one does the form want?",
        ["471-20-9935B", "2MT6-YE1-PN74"],
    ),
    ("medicare", "Mi número de Medicare es 3DR4-HV8-GM15 y no lo reconoce.", ["3DR4-HV8-GM15"]),
    ("medicare", "numero medicare 6QA5JX2EW37", ["6QA5JX2EW37"]),
    ("medicare", "La tarjeta de Medicare de mi mamá dice 1YP8-NK4-TH09", ["1YP8-NK4-TH09"]),
    ("medicare", "Medicare: 5FU7-DE3-VC28, por favor actualicen mis datos", ["5FU7-DE3-VC28"]),
    ("medicare", "mi numero de beneficiario de medicare 7GN2 AW5 RX41", ["7GN2 AW5 RX41"]),
    ("medicare", "Số Medicare của tôi là 4TC6-UK9-MW53, xin kiểm tra giúp.", ["4TC6-UK9-MW53"]),
    # --- a_number ---
    ("a_number", "USCIS case: my A-Number is A-201-448-376", ["A-201-448-376"]),
    ("a_number", "alien number A087654321 (it's on my green card)", ["A087654321"]),
    ("a_number", "a# 215 903 447", ["215 903 447"]),
    ("a_number", "My A number: A 098 765 443", ["A 098 765 443"]),
    ("a_number", "Alien Registration No. A55882140", ["A55882140"]),
    ("a_number", "uscis # 204-117-980", ["204-117-980"]),
    (
        "a_number",
        "a-number A\u2013216\u2013330\u2013059 and still no interview letter",
        ["A\u2013216\u2013330\u2013059"],
    ),
    ("a_number", "alien reg number A\xa0209\xa0551\xa0873", ["A\xa0209\xa0551\xa0873"]),
    ("a_number", "my husband's A# is A200-418-552, mine is A200-418-577", ["A200-418-552", "A200-418-577"]),
    (
        "a_number",
        "The EAD card shows USCIS# 089-331-246 but the online account lists a different one",
        ["089-331-246"],
    ),
    ("a_number", "anumber a213874009", ["a213874009"]),
    ("a_number", "number on my permanent resident card: A 0 7 7 1 4 2 3 8 9", ["A 0 7 7 1 4 2 3 8 9"]),
    (
        "a_number",
        "Alien # 219 330 718, been waiting 14 months for the biometrics appointment",
        ["219 330 718"],
    ),
    ("a_number", "A number A-206.772.114", ["A-206.772.114"]),
    (
        "a_number",
        "my A-number (A217049925) is correct on the notice but the portal says no match",
        ["A217049925"],
    ),
    ("a_number", "Green card # A 221/509/663", ["A 221/509/663"]),
    ("a_number", "case is under my wife's alien number, A078-\u200b312-445", ["A078-\u200b312-445"]),
    ("a_number", "Please link my account to A-Number A 210 664 381.", ["A 210 664 381"]),
    ("a_number", "my alien registration number is 095418227 without the A", ["095418227"]),
    (
        "a_number",
        "Mi número A es A-203-557-812 y todavía no recibo mi permiso de trabajo.",
        ["A-203-557-812"],
    ),
    ("a_number", "número de extranjero A 214 990 336", ["A 214 990 336"]),
    ("a_number", "numero de registro de extranjero a207115340", ["a207115340"]),
    ("a_number", "Mi A# 218-446-907 aparece con otro nombre", ["218-446-907"]),
    ("a_number", "El número de residente (A-Number) de mi mamá: A 093 228 517", ["A 093 228 517"]),
    ("a_number", "Nimewo A mwen se A-212-883-064, mwen poko resevwa kat mwen.", ["A-212-883-064"]),
    # --- passport ---
    ("passport", "Passport number 548812073, renewal still 'in process' after 10 weeks", ["548812073"]),
    ("passport", "passport # A04417829 (the new style with a letter)", ["A04417829"]),
    ("passport", "my pasport no is 483019267", ["483019267"]),
    (
        "passport",
        "The expedited fee was charged but my application for passport 532 907 144 shows standard",
        ["532 907 144"],
    ),
    ("passport", "Passport: 611 042 978", ["611 042 978"]),
    ("passport", "my son's passport E12005783 expires in May, he needs it for a school trip", ["E12005783"]),
    (
        "passport",
        "Old passport no. 477820315 was reported lost, new one is A11893026.",
        ["477820315", "A11893026"],
    ),
    ("passport", "Travel doc number 590\xa0331\xa0862", ["590\xa0331\xa0862"]),
    ("passport", "passport book # 503327418", ["503327418"]),
    ("passport", "PPT no: Z40028815", ["Z40028815"]),
    (
        "passport",
        "I entered my passport number (C03381947) in the wrong section by mistake, can you delete it?",
        ["C03381947"],
    ),
    ("passport", "passport card number C09914275 not accepted as ID", ["C09914275"]),
    ("passport", "my mexican passport G28391047 is still valid, do I need another doc?", ["G28391047"]),
    ("passport", "pass port number 491-220-683", ["491-220-683"]),
    ("passport", "Passport (UK) 533918264 and your form only accepts US ones?", ["533918264"]),
    ("passport", "passport # 5\u200b46128830", ["5\u200b46128830"]),
    (
        "passport",
        "my passports number is B00127734 and the name field cuts off my middle name",
        ["B00127734"],
    ),
    (
        "passport",
        "The appointment confirmation listed passport 488 206 917 which is my wife's, not mine.",
        ["488 206 917"],
    ),
    ("passport", "can you check status? passport # 529640883, applied March 3", ["529640883"]),
    ("passport", "Mi número de pasaporte es G31047729 (mexicano).", ["G31047729"]),
    ("passport", "pasaporte 507713296, necesito saber si ya lo enviaron", ["507713296"]),
    ("passport", "El pasaporte de mi hijo, número A09917382, tiene un error en el apellido", ["A09917382"]),
    ("passport", "No. de pasaporte: 461-209-385", ["461-209-385"]),
    ("passport", "pasaporte guatemalteco 218459630", ["218459630"]),
    ("passport", "Ang passport number ko ay P4417286A, pakisuri po.", ["P4417286A"]),
    # --- license ---
    ("license", "driver's license D4418203 (California) won't validate", ["D4418203"]),
    ("license", "my DL # is 24 819 037, PA", ["24 819 037"]),
    ("license", "Drivers licence: W426-550-78-913-0", ["W426-550-78-913-0"]),
    ("license", "state ID 641 209 775", ["641 209 775"]),
    ("license", "dl no. 31847726 tx", ["31847726"]),
    ("license", "lic # S530-4418-2207 (illinois)", ["S530-4418-2207"]),
    (
        "license",
        "I typed my license number K29840051 and the DMV lookup returned someone in another county",
        ["K29840051"],
    ),
    ("license", "drivers lisence number is M 400 118 229 731", ["M 400 118 229 731"]),
    ("license", "New Jersey DL: D7720 41186 03552", ["D7720 41186 03552"]),
    ("license", "REAL ID card number 902\xa0448\xa0175", ["902\xa0448\xa0175"]),
    ("license", "My learner's permit number is B6610348.", ["B6610348"]),
    ("license", "license number WDL7Q4K9P2B, Washington", ["WDL7Q4K9P2B"]),
    ("license", "state ident. card 149033218", ["149033218"]),
    ("license", "my CDL number is R1182204771", ["R1182204771"]),
    ("license", "dl TR\u200b418290 (ohio) expired while waiting", ["TR\u200b418290"]),
    (
        "license",
        "The form rejected my Georgia license, 052 831 447, because of the leading zero",
        ["052 831 447"],
    ),
    ("license", "Drivers license / ID: F623-114-79-035-0", ["F623-114-79-035-0"]),
    ("license", "my license was suspended by mistake, number 88172036", ["88172036"]),
    ("license", "Operator license # H18227704", ["H18227704"]),
    ("license", "Mi licencia de manejo es C5519072 de California.", ["C5519072"]),
    ("license", "numero de licencia de conducir 39028715 (Texas)", ["39028715"]),
    ("license", "licencia: G203-6618-4410", ["G203-6618-4410"]),
    ("license", "La identificación estatal de mi papá, número 718 440 293, ya venció", ["718 440 293"]),
    ("license", "mi licencia de conducir de Florida es M615-402-88-317-0", ["M615-402-88-317-0"]),
    ("license", "제 운전면허 번호는 Y6631850 (캘리포니아) 입니다.", ["Y6631850"]),
    # --- url_personal ---
    (
        "url_personal",
        (
            "The reset link you emailed me was "
            "https://portal.example.com/reset?email=jwallerstein%40example.net&token=8f3k and it expired "
            "immediately."
        ),
        ["jwallerstein%40example.net"],
    ),
    (
        "url_personal",
        "this page shows my info to anyone: https://example.org/profile/maria-teresa-villanueva",
        ["maria-teresa-villanueva"],
    ),
    (
        "url_personal",
        "link: http://benefits.example.com/status?ssn=418206637&dob=1964-02-11",
        ["418206637", "1964-02-11"],
    ),
    (
        "url_personal",
        "When I share the form the URL includes my phone: https://example.net/apply?step=2&phone=2065550143",
        ["2065550143"],
    ),
    (
        "url_personal",
        "Why does https://example.com/users/dkowalczyk/documents not require login?",
        ["dkowalczyk"],
    ),
    (
        "url_personal",
        (
            "The confirmation URL https://forms.example.org/confirm?name=Ahmed+Rashidi&zip=48126 has my "
            "name in it, please fix"
        ),
        ["Ahmed+Rashidi"],
    ),
    (
        "url_personal",
        "copy of the link: example.com/track?first=Lorna&last=Pettigrew&addr=71+Foxglove+Ln",
        ["Lorna", "Pettigrew", "71+Foxglove+Ln"],
    ),
    (
        "url_personal",
        "the unsubscribe link https://mail.example.net/unsub/c.obrien.1971@example.com exposes my email",
        ["c.obrien.1971@example.com"],
    ),
    (
        "url_personal",
        "https://example.org/case-lookup?applicant=BEATRIZ%20OYELARAN&dob=07%2F04%2F1983",
        ["BEATRIZ%20OYELARAN", "07%2F04%2F1983"],
    ),
    (
        "url_personal",
        "shared link to my appointment: https://sched.example.com/a/ph/+13125550188",
        ["+13125550188"],
    ),
    (
        "url_personal",
        (
            "When I printed the receipt the footer showed "
            "www.example.net/receipt?payer=grant.halvorsen&card=5105105105105100"
        ),
        ["grant.halvorsen", "5105105105105100"],
    ),
    (
        "url_personal",
        "url bar shows https://example.com/account?user=tfairweather%40example.org after login, is that safe",
        ["tfairweather%40example.org"],
    ),
    (
        "url_personal",
        "A search engine indexed my profile: https://community.example.org/members/rosa-m-delgadillo-1958",
        ["rosa-m-delgadillo-1958"],
    ),
    (
        "url_personal",
        "the address lookup sends me to https://example.net/map?q=3902+Larkspur+Dr+Apt+7+Reno",
        ["3902+Larkspur+Dr"],
    ),
    (
        "url_personal",
        "link in the text message: https://example.com/v?id=7731&mbi=3KH8TW2PN41",
        ["3KH8TW2PN41"],
    ),
    (
        "url_personal",
        "Bookmark stopped working: https://example.org/dashboard/ezekiel.brandt/claims?page=2",
        ["ezekiel.brandt"],
    ),
    (
        "url_personal",
        "your share button made this link https://example.com/s?fn=Harriet&ln=Oduya-Blake&dob=19520317",
        ["Harriet", "Oduya-Blake", "19520317"],
    ),
    (
        "url_personal",
        "the url has my passport number in it!!! https://travel.example.net/renew/status/A08827314",
        ["A08827314"],
    ),
    (
        "url_personal",
        (
            "El enlace de confirmación tiene mis datos: "
            "https://example.com/cita?nombre=Yesenia+Barajas&tel=9155550172"
        ),
        ["Yesenia+Barajas", "9155550172"],
    ),
    (
        "url_personal",
        "me mandaron este link https://example.org/perfil/jorge.ulises.pena y cualquiera puede verlo",
        ["jorge.ulises.pena"],
    ),
    (
        "url_personal",
        "https://example.net/formulario?correo=lupita.rdz%40example.com&paso=3 no carga",
        ["lupita.rdz%40example.com"],
    ),
    (
        "url_personal",
        "El enlace para subir documentos dice https://docs.example.com/subir?a=A209338105",
        ["A209338105"],
    ),
    (
        "url_personal",
        "en la barra del navegador sale mi dirección: example.org/envio?calle=1419+Calle+Ocho&apt=2",
        ["1419+Calle+Ocho"],
    ),
    (
        "url_personal",
        "O link https://example.com/perfil?nome=Joana+Figueiredo&nasc=1990-08-21 mostra meus dados.",
        ["Joana+Figueiredo", "1990-08-21"],
    ),
    (
        "url_personal",
        "الرابط يحتوي على بريدي الإلكتروني: https://example.net/verify?email=k.haddad%40example.org",
        ["k.haddad%40example.org"],
    ),
]

CLEAN: list[str] = [
    "The renewal form timed out twice before I could finish page 4 of 6.",
    "Case number 2024-CV-01187 still shows 'pending review' after 45 days.",
    (
        "Your receipt number format (IOE0912345678) is confusing; the help text says it should start "
        "with three letters."
    ),
    "Claim #88-4471 was approved but the payment date on the dashboard says TBD.",
    "Confirmation code QX7-22B-9KD never arrived by text, but it did show on screen.",
    "Tracking number 9405 5036 9930 0123 4567 89 for the returned documents shows no movement since Monday.",
    "Form I-765 instructions say to mail it, but the website says file online. Which one?",
    "Ticket #501233 was closed as resolved but nothing changed.",
    "The deadline listed on the page is April 15, 2025, but the PDF says April 18.",
    "My appointment on 03/12/2025 at 9:30 AM was canceled without notice.",
    "I filed on 1/31/2024 and the status page still says 'received'.",
    "The fee went up from $130 to $165 with no explanation on the fee page.",
    "Searching by ZIP code 30303 brought up offices in another state.",
    "Wait times were over 2 hours 15 minutes at the downtown office on Tuesday.",
    "Spent 40 minutes on the eligibility quiz and it reset when I hit Back.",
    "Three of the five links in the left menu go to the same page.",
    "The app (version 4.2.1) crashes when I rotate my phone.",
    "Release 10.0.3.7 of the mobile app broke the login screen.",
    "The page https://www.usa.gov/benefits?page=2&lang=es loads in English anyway.",
    "Will the office on Main Street be open the Friday after Thanksgiving?",
    "May I suggest adding a print button to the results page?",
    "Highway 1 closures aren't shown on the park alerts page, only on the state site.",
    "The Route 66 historic markers map is great, but it won't zoom on tablets.",
    "The Grand Canyon permit lottery page said results by 5 PM Eastern; they came at 11 PM.",
    "Flooding info for Lake Charles was three days old when I checked.",
    "The Fort Worth passport agency page lists hours that don't match the sign on the door.",
    "Applied for a Pell Grant and the FAFSA confirmation page never loaded.",
    "The Lincoln Memorial accessibility page doesn't mention the elevator closure.",
    "Security line at the Ronald Reagan Building took 25 minutes; the site says 10.",
    "The summary of the Social Security Act on this page cites the wrong section, 1614(a)(3).",
    "Bill payment page shows 'error 502' each time I select autopay.",
    "Grace period for late renewals isn't explained anywhere.",
    "Joy of joys, the new search actually finds things. Thank you!",
    "Please mark which fields are required; I kept guessing.",
    "Rose Garden tour tickets sold out in 4 minutes. Maybe a queue system?",
    "Faith-based organization grants page has a broken PDF link.",
    "Hope you fix the Spanish translation on the contact page soon.",
    "Frank question: why does the calculator round down to the nearest $10?",
    "Art in the Parks program listings are from 2022.",
    "Dawn to dusk hours at the monument aren't listed anywhere.",
    "Summer hours for the visitor center should be posted by May.",
    "Amber Alert settings in the app can't be turned back on once off.",
    "Chase Bank isn't in the dropdown list of financial institutions for direct deposit.",
    "Hunter education course certificate page won't download.",
    "Christian County office hours aren't listed on the state directory.",
    "Victoria, Texas isn't in the city dropdown for disaster assistance.",
    "The Jordan country information page has a dead link to the embassy.",
    "Austin field office check-in kiosk was offline all morning.",
    "Georgia and Virginia are both missing from the state list on step 3.",
    "North Carolina and South Carolina storm pages have identical text, including the county names.",
    "Paris, Kentucky shows up as Paris, France in your location search.",
    "The Sydney embassy link goes to a 404 page.",
    "The Madison office moved but the map pin didn't.",
    "The Washington Monument ticket page doesn't say if kids need a ticket.",
    "Lincoln, Nebraska office listing shows the Omaha location instead.",
    "Jackson Hole area fire restrictions page hasn't been updated since July.",
    "The Ford recall lookup redirected me to a page about tires.",
    "Martin Luther King Jr. Day closures should be on the homepage banner.",
    "Young adults aging out of foster care can't find the right form.",
    "The price list for replacement documents is buried three clicks deep.",
    "Rich text in the comment box gets stripped, fine, but my line breaks vanish too.",
    "Gene therapy trial listings on the health page link to closed studies.",
    "The guy at the front desk was very patient with my questions.",
    "Drew a blank on which form to use; a decision tree would help.",
    "Pat-down screening info for travelers with implants is hard to find.",
    "The Christmas Carol sing-along at the park was canceled but is still listed.",
    "Ray of light: the chat assistant actually answered my question.",
    "Please don't rob people of their time with a 12-page form for a $20 refund.",
    "The courthouse tour dress code says no hats; does that include religious head coverings?",
    "Mark the holiday closures on the calendar please.",
    "Sue the contractor? No, but please fix the login page they built.",
    "Carol of the Bells playing on hold for an hour is too much.",
    "The Jackson County office posted hours of 8:00-4:30 but closed at 3:00.",
    "Form SS-5 instructions list two different mailing options.",
    "The W-2 download shows tax year 2023 instead of 2024.",
    "Publication 17 link goes to the 2019 version.",
    "Section 8 waiting list page says 'opens 6/1' but doesn't say which year.",
    "The 1099-G amount shown is $0.00 even though I received benefits.",
    "Office hours 7:30 AM - 4:00 PM Monday through Friday; please say what happens on holidays.",
    "It took 6 weeks instead of the posted 2-3 weeks.",
    "We served 1,200 meals at our pantry last month and the reporting form only allows 999.",
    "The estimate said 14 to 16 business days; today is day 31.",
    "Firmware 3.14.159.2 on the lobby kiosk shows a debug screen.",
    "The page says version 2.0.1.5 of the guidance replaced 1.9. Where's the changelog?",
    "Chapter 7 of the manual mentions Section 504 but never links to it.",
    "Page 12 of 40 in the PDF is upside down.",
    "At 11:59 PM on the deadline the site went down for maintenance.",
    "The wait estimate of '5 minutes' turned into 50.",
    "We drove 210 miles to the office only to find it closed for training.",
    "Scheduled inspection for 2/14 got moved to 2/28 without a reason.",
    "Filing deadline for the appeal is 60 days from the date on the letter, but the letter has no date.",
    "Please add the 10% late penalty explanation to the FAQ.",
    "Interest rate of 6.53% shown on the loan page differs from the 6.54% in the email.",
    "Temperature at Death Valley hit 121 F; the heat warning banner still said 'moderate'.",
    "Yellowstone road status page is much better this year.",
    "The Mount Rushmore parking fee is $10 but the site says free.",
    "Order number 114-7739021-5561 for the maps never shipped.",
    "Reference ID: REF-2025-0419-A7, please escalate.",
    (
        "The eligibility checker says 'household of 4, income $52,000, not eligible', but the chart "
        "says eligible up to $60,000."
    ),
    "Searching for 'Medicare Part D' returns Part B pages first.",
    "Where do I find my A-Number? The page talks about it but never shows where it's printed.",
    "What counts as a valid passport photo? The page contradicts itself on glasses.",
    "The Social Security card replacement page needs to say how long it takes.",
    "Can I use an ITIN to apply? The eligibility page doesn't say.",
    "How do I update my routing number? I can't find the direct deposit page.",
    "The driver's license upload requires both sides but only has one upload box.",
    "The date of birth field uses DD/MM but the label says MM/DD.",
    "Your email verification step times out after 5 minutes; make it 15.",
    "The 'call me back' feature would be great if it worked outside business hours.",
    "Typed my street address and the autocomplete suggested places three states away.",
    "Fields for credit card number should allow spaces.",
    "Please let us ask about blocked IP addresses in the chat instead of forcing a call.",
    "The Medicare card replacement form asks for the old number even if I lost the card.",
    "Great experience at the Denver Mint tour today.",
    "The Smithsonian hours page lists Christmas Day as open.",
    "The National Mall map needs restroom locations.",
    "Thank you to the ranger at Zion who helped us find the shuttle.",
    "Officer on duty at the port of entry was courteous and fast.",
    "The agent I chatted with fixed it in 10 minutes. Whoever trained them did well.",
    "Counter 14 at the regional office was excellent, in and out in 20 minutes.",
    "Hurricane Milton recovery page still shows Hurricane Ian photos.",
    "Tropical Storm Alberto alerts were delayed on the app.",
    "The Harry S. Truman Library page link is broken.",
    "Abraham Lincoln Birthplace hours should be on the main park page.",
    "The Eleanor Roosevelt Val-Kill tour booking doesn't work on mobile.",
    "Dwight D. Eisenhower Memorial directions send you to the wrong side of Independence Ave.",
    "The office on Pennsylvania Avenue has no signage for the accessible entrance.",
    "Parking on 5th Street near the federal building is impossible on court days.",
    "The Route 9 detour around the ranger station isn't on the map.",
    "Interstate 10 closures near the border crossing should be linked from the wait-times page.",
    "County Road 12 bridge closure is still listed though it reopened weeks ago.",
    "Suite 400 in the federal building is the passport office, but the lobby sign says 300.",
    "Building 7 at the VA campus has no wheelchair ramp signage.",
    "Room 2B was where they sent us, then Room 2C, then back to 2B.",
    "Gate 3 at the base opens at 0600, not 0700 like the site says.",
    "The White House tour request page doesn't say how far in advance to apply.",
    "The form field for apartment number should accept letters like 'B'.",
    "The text size button only enlarges the header.",
    "Dark mode makes the error messages invisible.",
    "Screen reader reads the CAPTCHA image name out loud: 'captcha_final_v2.png'.",
    "Keyboard navigation skips the Submit button.",
    "Too many popups asking me to take a survey, like this one.",
    "I like the new layout, much cleaner.",
    "Everything worked on the first try, which never happens. Thanks!",
    "The PDF is 48 MB; please provide a smaller version.",
    "Upload limit of 10 MB per file is too small for scanned documents.",
    "Only JPG and PDF accepted; my phone saves HEIC.",
    "Site was down from 2:00 to 4:30 AM on Sunday with no notice.",
    "Session timeout at 15 minutes is too short for a 30-minute form.",
    "The progress bar says 80% but there are still 4 sections left.",
    "SNAP recertification page mentions 'Form 2' but links to 'Form 3'.",
    "WIC office locator shows clinics closed since 2021.",
    "Head Start enrollment dates for fall 2025 are missing.",
    "The GI Bill comparison tool is brilliant.",
    "TSA PreCheck renewal took 7 minutes. Great job.",
    "Global Entry interview availability is zero for the next 6 months.",
    "Medicaid renewal notices arrived after the deadline printed on them.",
    "The Affordable Care Act subsidy estimator uses last year's poverty guidelines.",
    "The Americans with Disabilities Act page has an inaccessible table, ironically.",
    "The Freedom of Information Act request portal lost my draft twice.",
    "Clean Water Act permit search is slow.",
    "The Homestead Act history exhibit page has broken images.",
    "Please bring back the old HUD fair market rent tables; new ones are harder to read.",
    "Smokey Bear poster downloads are low resolution.",
    "The Liberty Bell Center line was 90 minutes on a weekday.",
    "Statue of Liberty crown tickets are sold out through September.",
    "Ellis Island records search needs better spelling tolerance.",
    "The Golden Gate toll info on the park site is outdated.",
    "Hoover Dam tour page says closed; it's open.",
    "Mammoth Cave tour times changed in March.",
    "Mesa Verde cliff dwelling tours: the 8 AM slot never opens.",
    "Acadia vehicle reservations: the system rejects the 3 PM slot.",
    "Glacier's Going-to-the-Sun Road ticket page crashed at 8:00 AM sharp.",
    "Please list the Everglades mosquito meter again; it was useful.",
    "Appointment confirmation APT-88213 didn't say which entrance to use.",
    "Receipt #LIN2590012345 from the lockbox has a different date than the notice.",
    "Claim 6 of 9 in my batch shows 'denied' with no reason code.",
    "I have submitted 3 tickets (#77412, #77590, #78003) about the same bug.",
    "Form DS-82 vs DS-11: the wizard recommended the wrong one.",
    "Our nonprofit's grant report is due 9/30; the portal closes 9/29.",
    "Help text for Box 12 on the W-2 explainer is wrong for code DD.",
    "The rate table shows $0.67 per mile for 2024 but $0.655 elsewhere.",
    "Hours: 8-5 M-F. Fine, but please say whether it's local time or Eastern.",
    "Three out of four kiosks at the Hartford office were broken.",
    "One star: the login page rejected my password 6 times then locked me out for 24 hours.",
    "The King County flood map is much clearer than the federal one.",
    "Young County, Texas is missing from the disaster declaration list.",
    "Price County, Wisconsin shows the wrong FEMA region.",
    "Will County residents keep getting sent to the Cook County page.",
    "Ford's Theatre ticket reservation charges a $3.50 fee that's not mentioned.",
    "Grace Episcopal shelter is listed as a cooling center but was closed.",
    "The Hope Street crossing near the courthouse has no accessible curb cut.",
    "Faith and Hope community clinics are not in the provider list.",
    "The Martin Luther King Jr. Boulevard office moved to the second floor.",
    "The Austin Peay building entrance on the campus map is wrong.",
    "Summer Street station elevator outage isn't on the transit alerts.",
    "The Jean Lafitte park visitor center reopened; your page still says closed.",
    "The Art Deco post office tour was wonderful.",
    "Amber waves of grain? More like amber error banners everywhere.",
    "Trying to chase the paper trail for my claim: three letters, three different answers.",
    "El formulario se cierra solo después de 10 minutos, no alcanzo a terminar.",
    "Mi número de caso 2024-FAM-00871 sigue en revisión desde hace 3 meses.",
    "La fecha límite para presentar es el 15 de abril de 2025, pero el PDF dice 18 de abril.",
    "Tenía cita el 12/03/2025 a las 9:30 y la cancelaron sin avisar.",
    "La tarifa subió de $130 a $165 y no explican por qué.",
    "Con el código postal 78520 me salen oficinas en otro estado.",
    "Esperé 2 horas y 20 minutos en la oficina del centro.",
    "La página https://www.usa.gov/es/beneficios?page=2&lang=es tiene enlaces rotos.",
    "La oficina de la calle Main cierra a las 4:30, no a las 5 como dice la página.",
    "La traducción al español de la solicitud de la Beca Pell tiene errores.",
    "El número de confirmación ABX-4471-Q no aparece en el sistema.",
    "El número de reclamo 88-20931 fue aprobado pero no dice cuándo pagan.",
    "Mandé tres tickets (#55120, #55347 y #56002) por el mismo problema.",
    "La versión 3.1.4.2 de la aplicación no abre en mi teléfono.",
    "El mapa de cierres de la Ruta 66 no funciona en el celular.",
    "¿La oficina de Fort Worth abre los sábados?",
    "La información de inundaciones de Lake Charles estaba atrasada.",
    "Visitamos el Gran Cañón y la página de permisos funcionó muy bien.",
    "Pagué $35.00 por la reposición y el recibo dice $0.00.",
    "El formulario pide la fecha de nacimiento en formato DD/MM pero luego dice que es MM/DD.",
    "No encuentro dónde cambiar mi número de ruta bancaria para el depósito directo.",
    "¿Dónde viene el número A en la tarjeta de residente? La guía no lo muestra.",
    "La página de Medicare en español dice Parte B cuando debería decir Parte D.",
    "La Ley del Seguro Social está citada con la sección equivocada.",
    "Mi hija tiene que llenar el formulario I-765 y las instrucciones están solo en inglés.",
    "El agente que me atendió fue muy amable y paciente.",
    "Gracias al guardabosques del parque Yosemite por ayudarnos.",
    "El oficial de turno en la frontera nos explicó todo muy claro.",
    "Los horarios de verano del centro de visitantes no están publicados.",
    "La opción 'Virginia' no aparece en la lista de estados.",
    "Georgia y Carolina del Norte tienen la misma página de tormentas.",
    "Victoria, Texas no aparece en la lista de ciudades.",
    "La página del Monumento a Lincoln no tiene información sobre el elevador.",
    "El edificio Ronald Reagan tiene una fila de seguridad muy larga.",
    "El pago con tarjeta debería aceptar espacios en el número.",
    "El plazo para apelar es de 60 días pero la carta no tiene fecha.",
    "La tasa de interés aparece como 6.53% en una página y 6.54% en otra.",
    "La página tardó 45 segundos en cargar cada paso.",
    "El sitio estuvo caído de 2:00 a 4:30 de la mañana el domingo.",
    "Me encanta el nuevo diseño, es más fácil de usar.",
    "Todo funcionó a la primera, ¡gracias!",
    "El archivo PDF pesa 48 MB, es demasiado para mi celular.",
    "Solo aceptan JPG y PDF; mi teléfono guarda las fotos en HEIC.",
    "El buscador de WIC no muestra clínicas abiertas cerca del código postal 85009.",
    "Las fechas de inscripción de Head Start para el otoño de 2025 no están.",
    "La inspección pasó del 14 de febrero al 28 de febrero sin explicación.",
    "Mi solicitud lleva 14 meses; la página dice que tarda 6.",
    "El número de recibo EAC2590123456 no aparece en el buscador de casos.",
    "La oficina del condado de Will manda todo a la del condado de Cook.",
    "El Día de Martin Luther King Jr. debería aparecer en el calendario de cierres.",
    "La fila en el Centro de la Campana de la Libertad fue de 90 minutos.",
    "La página del Huracán Milton todavía muestra fotos del Huracán Ian.",
    "Esperanza es lo único que me queda; llevo 8 semanas sin respuesta.",
    "Dolores de cabeza me da este formulario: 12 páginas para un reembolso de $20.",
    "Los Ángeles y San Diego aparecen en el mapa como una sola oficina.",
    "La oficina en la avenida Pensilvania no tiene rampa señalizada.",
    "Trang web tiếng Việt rất hữu ích, cảm ơn.",
    "Hạn chót nộp đơn là ngày 15 tháng 4 năm 2025 nhưng tài liệu PDF ghi ngày 18.",
    "表格在第4页总是超时\uff0c请延长时间。",
    "中文页面的链接 https://www.usa.gov/zh?page=3 打不开。",
    "Salamat po sa mabilis na tulong ng ahente sa opisina.",
    "Ang bayad ay tumaas mula $130 hanggang $165 nang walang paliwanag.",
    "예약이 2025년 3월 12일 오전 9시 30분이었는데 연락 없이 취소되었습니다.",
    "한국어 번역이 훨씬 좋아졌습니다. 감사합니다.",
    "الموقع لا يعمل على الهاتف بعد التحديث إلى الإصدار 4.2.1.",
    "Fòm nan an kreyòl, mèsi anpil. Men paj 3 a toujou an angle.",
    "Le délai de traitement affiché est de 6 semaines, mais cela fait 11 semaines.",
    "Номер дела 2024-IMM-0553 всё ещё в статусе «на рассмотрении».",
    "O formulário fecha sozinho depois de 10 minutos.",
    "Le bureau de Miami ferme à 16 h 30, pas à 17 h comme indiqué.",
]
