# ruff: noqa: RUF001
"""Twenty-second held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites,
as written by people using different federal and state services (taxes, immigration,
veterans' benefits, Medicare and Social Security, passports, the DMV, student aid, disaster
help, housing): each comment speaks that service's vocabulary (notice numbers, form names,
receipt and claim numbers, letters received) and carries the data that service asks for.
The corpus was written without seeing the redaction rules (and without reading the earlier
corpora) and must not be used to tune them: it exists only to measure them.

All personal data here is invented. E-mail addresses and URLs use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges
192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; US phone numbers use 555-01xx
and foreign ones the fictional or drama ranges; card numbers are published test numbers that
pass the Luhn check; routing numbers pass the ABA checksum; SSNs avoid the never-issued ranges;
ITINs start with 9 and use the valid group digits; Medicare numbers follow the MBI format. Any
resemblance of a name, address or identifier to a real person is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds
ordinary comments that must be stored unchanged.

Scoring normalizes text and substrings (NFKC, then removal of Unicode category Cf characters)
before checking whether a substring survived; for CLEAN it compares the normalized original with
the normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    # ------------------------------------------------------------------ a_number
    (
        "a_number",
        "USCIS online account wont link my I-485, it asks for the A-Number and I "
        "typed A212345678 but it says no match found",
        ["A212345678"],
    ),
    (
        "a_number",
        "my alien number is A-087-654-321 and the I-765 page rejects the dashes. why not just strip them??",
        ["A-087-654-321"],
    ),
    (
        "a_number",
        "A# 204 118 337 — receipt IOE0912345670 has been stuck on Case Was Received "
        "since March, nobody answers",
        ["204 118 337"],
    ),
    (
        "a_number",
        "Mi número A es A 098 765 432 y la página del formulario I-90 no lo acepta. "
        "Ya lo intenté cinco veces.",
        ["A 098 765 432"],
    ),
    (
        "a_number",
        "Alien Reg No. a-201-114-587 (lower case a, is that ok?) the N-400 preview shows it blank",
        ["a-201-114-587"],
    ),
    (
        "a_number",
        "USCIS#: 216-003-419 (same as the A number on my green card) but the "
        "account says the number is not associated",
        ["216-003-419"],
    ),
    (
        "a_number",
        "Copy pasted A\u200b076543210 from my approval notice and the field says invalid characters",
        ["A\u200b076543210"],
    ),
    (
        "a_number",
        "for the N-400 I put my A-number 87654321 (only 8 digits, old card) and it "
        "wants 9, do i add a leading zero?",
        ["87654321"],
    ),
    (
        "a_number",
        "我的A号码是A213456789，但是网上申请I-131时一直显示错误，请帮忙。",
        ["A213456789"],
    ),
    (
        "a_number",
        "FOIA request for my A-file, A#: 046-512-877, tracking number NRC2024123456, "
        "status page shows nothing",
        ["046-512-877"],
    ),
    (
        "a_number",
        "Số A của tôi là A-209-876-543, tôi không thể liên kết hồ sơ vào tài khoản USCIS trực tuyến.",
        ["A-209-876-543"],
    ),
    (
        "a_number",
        "adding my wife as derivative, her alien registration number A#218446091 keeps getting flagged red",
        ["218446091"],
    ),
    (
        "a_number",
        "EAD card shows USCIS # 219-554-360 but the I-765 renewal form says the "
        "A-Number must start with A. Which one is it",
        ["219-554-360"],
    ),
    (
        "a_number",
        "Case EAC2412345678 – my A-Number is A-99123456 (old 8 digit one from 1998) "
        "and the system only lets me type 9 digits",
        ["A-99123456"],
    ),
    (
        "a_number",
        "외국인 등록번호 A201334455 를 입력했는데 계속 오류가 납니다. 영주권 갱신 신청 중입니다.",
        ["A201334455"],
    ),
    (
        "a_number",
        "Biometrics appointment notice lists my number as A207-331-289 with the "
        "hyphens in odd places, is that a typo on your end?",
        ["A207-331-289"],
    ),
    (
        "a_number",
        "i entered a 222 019 384 with spaces and the page froze on step 2 of the change of address",
        ["a 222 019 384"],
    ),
    (
        "a_number",
        "A0-2345-6789 is how its printed on my old I-551, the new form wont take it that way",
        ["A0-2345-6789"],
    ),
    (
        "a_number",
        "No me deja subir el I-864 de mi esposo, su número de registro es A–215–667–902 y sale error 500.",
        ["A–215–667–902"],
    ),
    (
        "a_number",
        "A-number\nA214009876\nreceipt MSC2290012345\nplease fix the status, it "
        "says card was mailed but nothing came",
        ["A214009876"],
    ),
    (
        "a_number",
        "Replacement green card (I-90): the card says USCIS# 056 882 719 and the "
        "online form keeps saying invalid format",
        ["056 882 719"],
    ),
    (
        "a_number",
        "Ang A-number ko ay A203987654 pero sabi ng website hindi tugma sa record. Paano ito ayusin?",
        ["A203987654"],
    ),
    (
        "a_number",
        "I-130 beneficiary section: my mother's A number is A-044-318-962 and mine "
        "is A-211-908-443, it only has one box",
        ["A-044-318-962", "A-211-908-443"],
    ),
    (
        "a_number",
        "a#211770045 please update my mailing address, the AR-11 submit button does nothing",
        ["211770045"],
    ),
    (
        "a_number",
        "Мой регистрационный номер иностранца: A 217 665 403. Не могу найти своё дело по номеру квитанции.",
        ["A 217 665 403"],
    ),
    # ------------------------------------------------------------------ address
    (
        "address",
        "Moved to 48 Elm Street Apt 3B, Springfield, IL 62704 and the AR-11 change of address won't save",
        ["48 Elm Street Apt 3B"],
    ),
    (
        "address",
        "IRS letter CP2000 was mailed to my old place at 1207 W Maple Ave and I "
        "never got it until the deadline passed",
        ["1207 W Maple Ave"],
    ),
    (
        "address",
        "VA keeps sending my checks to 3350 N. Lakeshore Dr #1204 even after I "
        "updated it in the portal twice",
        ["3350 N. Lakeshore Dr #1204"],
    ),
    (
        "address",
        "Vivo en 2215 Calle Olivera, San Antonio TX y FEMA dice que la dirección no existe en su sistema.",
        ["2215 Calle Olivera"],
    ),
    (
        "address",
        "FEMA inspector couldn't find 87 county road 412, there is no number sign, "
        "its the blue trailer past the church",
        ["87 county road 412"],
    ),
    (
        "address",
        "the address validation rejects 14-22 31st Street, Astoria NY 11105 "
        "because of the hyphen. Queens addresses have hyphens!",
        ["14-22 31st Street"],
    ),
    (
        "address",
        "passport got mailed to 9 Winding Brook Ln unit 2 instead of the PO box I put on the DS-11",
        ["9 Winding Brook Ln unit 2"],
    ),
    (
        "address",
        "DMV change of address: from 502 Pine St to 77 Harborview Terrace, Apt. 5 — "
        "confirmation page never loaded",
        ["502 Pine St", "77 Harborview Terrace, Apt. 5"],
    ),
    (
        "address",
        "Section 8 recertification: my unit at 1600 Oak Hollow Blvd Apt 110 failed "
        "inspection but the letter has the wrong date",
        ["1600 Oak Hollow Blvd Apt 110"],
    ),
    (
        "address",
        "Địa chỉ của tôi là 4410 Bellaire Blvd Apt 22, Houston. Trang web không chấp nhận địa chỉ này.",
        ["4410 Bellaire Blvd Apt 22"],
    ),
    (
        "address",
        "the form splits line 1 & 2 but my addr is 3800 SW 8th st, # 406 and the #406 keeps getting dropped",
        ["3800 SW 8th st, # 406"],
    ),
    (
        "address",
        "rural address W1234 State Hwy 29 isn't recognized by the USPS lookup on the FAFSA parent section",
        ["W1234 State Hwy 29"],
    ),
    (
        "address",
        "My new Medicare card went to 2901 Ridgeview Drive Lot 17, the office of "
        "the mobile home park, not my lot",
        ["2901 Ridgeview Drive Lot 17"],
    ),
    (
        "address",
        "我的地址是 135-20 Roosevelt Avenue, Flushing NY 11354，表格一直说地址无效。",
        ["135-20 Roosevelt Avenue"],
    ),
    (
        "address",
        "SSA still has 1 Deer Path Rd on file but I moved 2 years ago and updated it online in 2023",
        ["1 Deer Path Rd"],
    ),
    (
        "address",
        "my address is Apt 4, 601 East 9th Street and the form puts the apartment in the city field",
        ["Apt 4, 601 East 9th Street"],
    ),
    (
        "address",
        "disaster assistance application: damaged home is 1142 Magnolia Ct., Lake "
        "Charles LA, the map pin lands two streets over",
        ["1142 Magnolia Ct."],
    ),
    (
        "address",
        "주소: 3250 Wilshire Blvd #905, Los Angeles — 주소 변경이 저장되지 않아요.",
        ["3250 Wilshire Blvd #905"],
    ),
    (
        "address",
        "student aid wants the parents address = 7 Quail Run Circle, which is the "
        "same as mine, but it wont let me copy it",
        ["7 Quail Run Circle"],
    ),
    (
        "address",
        "ADDRESS 2840 NORTHWEST 62ND AVENUE APT 12 - all caps like on my license, does it matter?",
        ["2840 NORTHWEST 62ND AVENUE APT 12"],
    ),
    (
        "address",
        "refund check returned as undeliverable. correct address: 310 1/2 Water St, "
        "the half is part of the number",
        ["310 1/2 Water St"],
    ),
    (
        "address",
        "Adrès mwen se 920 NE 125th St, North Miami. Sit la pa vle aksepte l pou aplikasyon FEMA a.",
        ["920 NE 125th St"],
    ),
    (
        "address",
        "my street address is\n55 Old Mill Road\nBldg C\nbut the housing portal "
        "cuts everything after the first line",
        ["55 Old Mill Road"],
    ),
    (
        "address",
        "PO Box is fine for mail but the home address is 18 Cedar Hill Ln and the "
        "VA form 21-526EZ only has one field",
        ["18 Cedar Hill Ln"],
    ),
    (
        "address",
        "Moro na 66 Ferry Street, apto 2, Newark. O formulário de mudança de endereço dá erro toda vez.",
        ["66 Ferry Street, apto 2"],
    ),
    # ------------------------------------------------------------------ bank
    (
        "bank",
        "direct deposit for my refund: routing 021000021 acct 4829105563, the page "
        "says invalid but they are right",
        ["021000021", "4829105563"],
    ),
    (
        "bank",
        "SSA direct deposit change — account number 000123456789 checking. it shows pending for 3 weeks",
        ["000123456789"],
    ),
    (
        "bank",
        "VA comp went to my old acct #330944710, the new one is 5567112098, I changed it in March!",
        ["330944710", "5567112098"],
    ),
    (
        "bank",
        "Para el depósito directo puse ruta 121000358 y cuenta 1234509876 pero no llegó el reembolso.",
        ["121000358", "1234509876"],
    ),
    (
        "bank",
        "RTN: 011000015 / DAN: 98765432101 — the Form 1040 e-file was rejected for the bank info",
        ["011000015", "98765432101"],
    ),
    (
        "bank",
        "school refund goes to account 7712 0093 4418 at the credit union, routing "
        "322271627, but studentaid says no bank on file",
        ["7712 0093 4418", "322271627"],
    ),
    (
        "bank",
        "treasury said routing number 026009593 does not match account 483920117. "
        "it's a real account I swear",
        ["026009593", "483920117"],
    ),
    (
        "bank",
        "For my pension abroad the IBAN is DE89 3704 0044 0532 0130 00 and the "
        "international direct deposit form has no field for it",
        ["DE89 3704 0044 0532 0130 00"],
    ),
    (
        "bank",
        "acct# 00045-77812-9 (with dashes as printed on my checks) does it need the dashes or not",
        ["00045-77812-9"],
    ),
    (
        "bank",
        "退税直接存款：银行路由号 111000025，账号 6620014587。系统说格式错误。",
        ["111000025", "6620014587"],
    ),
    (
        "bank",
        "FEMA grant should go to checking 910283746 routing 061000104, the "
        "assistance letter shows a check instead",
        ["910283746", "061000104"],
    ),
    (
        "bank",
        "Form 8888 split refund: savings 2200418876, routing 071000013. only half arrived",
        ["2200418876", "071000013"],
    ),
    (
        "bank",
        "I typed my account number 55120398 as 5512O398 (letter O) and it accepted it?! how do I fix that",
        ["55120398", "5512O398"],
    ),
    (
        "bank",
        "Medicare premium autopay is taking money from acct 4471 8802 3319 which I "
        "closed, Easy Pay form wont update",
        ["4471 8802 3319"],
    ),
    (
        "bank",
        "Số tài khoản ngân hàng của tôi: 0081 2277 3390, số định tuyến 091000019. Tiền hoàn thuế chưa về.",
        ["0081 2277 3390", "091000019"],
    ),
    (
        "bank",
        "HUD escrow refund... routing no.122000661 account no.7049920183 please confirm you have it",
        ["122000661", "7049920183"],
    ),
    (
        "bank",
        "Pay.gov debit from checking acct 3019229184, routing 044000037 failed with code R03",
        ["3019229184", "044000037"],
    ),
    (
        "bank",
        "acct# 880012345-6 is my savings. the student loan autopay enrollment says account type mismatch",
        ["880012345-6"],
    ),
    (
        "bank",
        "환급금 입금 계좌번호 110234567890, 라우팅 번호 053000196 입력했는데 거부됩니다.",
        ["110234567890", "053000196"],
    ),
    (
        "bank",
        "my bank routing # is 063100277 and the account is 1002003004, SSI payment was returned to sender",
        ["063100277", "1002003004"],
    ),
    (
        "bank",
        "Direct Express card got replaced; to switch SSA back to my bank please "
        "use acct 5501776023, the online form times out",
        ["5501776023"],
    ),
    (
        "bank",
        "Routing:021000089\nAccount:3847562910\nthat's what I entered for the refund, got notice CP53 anyway",
        ["021000089", "3847562910"],
    ),
    (
        "bank",
        "Ang account number ko sa Pilipinas ay 009-876-54321, paano ko ito ilalagay sa SSA direct deposit?",
        ["009-876-54321"],
    ),
    (
        "bank",
        "the student loan servicer debits acct 6543210987 twice a month since I switched plans",
        ["6543210987"],
    ),
    (
        "bank",
        "Mon numéro de compte est 4400128855 et le numéro d'acheminement "
        "011401533, le remboursement a été rejeté.",
        ["4400128855", "011401533"],
    ),
    # ------------------------------------------------------------------ card
    (
        "card",
        "passport fee payment declined, card 4111 1111 1111 1111 exp 12/27, the "
        "DS-82 online renewal just says try again",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "pay.gov charged my visa 4012888888881881 twice for the I-90 fee, please refund one",
        ["4012888888881881"],
    ),
    (
        "card",
        "tried mastercard 5555-5555-5555-4444 on the renewal, error 402 payment required",
        ["5555-5555-5555-4444"],
    ),
    (
        "card",
        "Amex 3782 822463 10005 isn't accepted for IRS Direct Pay? the processor page only lists debit",
        ["3782 822463 10005"],
    ),
    (
        "card",
        "Pagué con la tarjeta 5105 1051 0510 5100 y no recibí ninguna confirmación del pago de la visa.",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "card no: 6011111111111117 (discover) - the REAL ID fee page says card type not supported",
        ["6011111111111117"],
    ),
    (
        "card",
        "i paid the estimated tax with card 4242 4242 4242 4242 and got "
        "confirmation 7 but the account shows a balance due",
        ["4242 4242 4242 4242"],
    ),
    (
        "card",
        "信用卡号 3530 1113 3330 0000，付款时显示交易失败，护照加急费用没有扣成功。",
        ["3530 1113 3330 0000"],
    ),
    (
        "card",
        "The vehicle registration renewal took my card 5200828282828210 but the sticker never came",
        ["5200828282828210"],
    ),
    (
        "card",
        "CARD 371449635398431 EXP 0926 CVV on back — I put everything in and the "
        "N-400 fee page refreshed and lost it",
        ["371449635398431"],
    ),
    (
        "card",
        "my debit card ending 0000? no the full one is 3566 0020 2036 0505 — "
        "anyway the payment portal double charged",
        ["3566 0020 2036 0505"],
    ),
    (
        "card",
        "Số thẻ của tôi là 4000-0566-5566-5556, tôi bị trừ tiền hai lần khi gia hạn hộ chiếu.",
        ["4000-0566-5566-5556"],
    ),
    (
        "card",
        "Diners card 3056 930902 5904 was declined when paying the FOIA fee. is diners accepted at all?",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "please remove my saved card 6011 0009 9013 9424 from the toll account, there is no delete button",
        ["6011 0009 9013 9424"],
    ),
    (
        "card",
        "payment for the installment agreement user fee, card number\n5454545454545454\nexp 03/28",
        ["5454545454545454"],
    ),
    (
        "card",
        "카드번호 2223 0031 2200 3222 로 결제했는데 영수증이 안 나와요.",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "visa 4000\u00a00025\u00a00000\u00a03155 keeps asking for 3D secure and then the DMV page times out",
        ["4000\u00a00025\u00a00000\u00a03155"],
    ),
    (
        "card",
        "I entered card 38520000023237 for the lost passport replacement fee and got a blank white page",
        ["38520000023237"],
    ),
    (
        "card",
        "charged 2x $130 on 4111-1111-1111-1111 for one DS-11. Refund please",
        ["4111-1111-1111-1111"],
    ),
    (
        "card",
        "Ginamit ko ang card na 5105105105105100 pero hindi lumabas ang resibo para sa bayad sa biometrics.",
        ["5105105105105100"],
    ),
    (
        "card",
        "the form auto-filled card # 4012 8888 8888 1881 from my browser into the wrong field (SSN field!!)",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "Amex 3782-822463-10005 for the camping permit at the national park, charged but no permit email",
        ["3782-822463-10005"],
    ),
    (
        "card",
        "Номер карты 5555 5555 5555 4444, оплата госпошлины прошла, но статус заявки не изменился.",
        ["5555 5555 5555 4444"],
    ),
    (
        "card",
        "card=6011-1111-1111-1117 exp=11/26 is what the error log showed me on screen. thats not safe?",
        ["6011-1111-1111-1117"],
    ),
    (
        "card",
        "Mwen peye ak kat 4242424242424242 men sit la di peman an pa pase.",
        ["4242424242424242"],
    ),
    # ------------------------------------------------------------------ dob
    (
        "dob",
        "the SSA login says my date of birth doesn't match. DOB is 03/14/1962, that's what's on my card",
        ["03/14/1962"],
    ),
    (
        "dob",
        "I was born on July 4, 1958 and the Medicare enrollment says I'm not eligible yet??",
        ["July 4, 1958"],
    ),
    (
        "dob",
        "Mi fecha de nacimiento es 12 de mayo de 1979 pero el formulario me pone 1997. No puedo corregirlo.",
        ["12 de mayo de 1979"],
    ),
    (
        "dob",
        "出生日期：1985年6月3日。护照续签表格的日期选择器只显示到2000年以后。",
        ["1985年6月3日"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 15/08/1990 nhưng trang web đọc thành tháng 15.",
        ["15/08/1990"],
    ),
    (
        "dob",
        "생년월일 1972.11.30 을 입력하면 형식이 틀렸다고 나옵니다.",
        ["1972.11.30"],
    ),
    (
        "dob",
        "DOB: 1949-02-27. The benefit estimate page thinks I am 24 years old",
        ["1949-02-27"],
    ),
    (
        "dob",
        "veteran b. 2/9/51, need burial flag form, the date field rejects 2 digit years",
        ["2/9/51"],
    ),
    (
        "dob",
        "my son's birthday is 11-05-2006 and the FAFSA says he is independent, he isnt",
        ["11-05-2006"],
    ),
    (
        "dob",
        "date of birth is Jan 22 1988 - the DMV appointment system asked for it then said no record",
        ["Jan 22 1988"],
    ),
    (
        "dob",
        "Born 9/30/1944 in Manila. SSA letter has my birthday as 1945, how do I fix this online",
        ["9/30/1944"],
    ),
    (
        "dob",
        "fecha de nac. 02-17-1983, la aplicación de FEMA me pide otra vez la fecha y da error.",
        ["02-17-1983"],
    ),
    (
        "dob",
        "My mother (DOB 4 Oct 1938) needs a replacement Medicare card, the form won't let me apply for her",
        ["4 Oct 1938"],
    ),
    (
        "dob",
        "birthdate 19910721 without slashes because the mobile keyboard has no slash, got 'invalid date'",
        ["19910721"],
    ),
    (
        "dob",
        "Date de naissance : 23/06/1975. Le formulaire DS-160 inverse le jour et le mois.",
        ["23/06/1975"],
    ),
    (
        "dob",
        "The identity check keeps failing. I was born December 1st, 1966 and that's what Login.gov has",
        ["December 1st, 1966"],
    ),
    (
        "dob",
        "Petsa ng kapanganakan: Marso 8, 1980 — hindi tinatanggap ng form.",
        ["Marso 8, 1980"],
    ),
    (
        "dob",
        "d.o.b. 06.12.1959\nMedicare Part B enrollment page froze after that field",
        ["06.12.1959"],
    ),
    (
        "dob",
        "Дата рождения 14.03.1967, система пишет, что дата неверная.",
        ["14.03.1967"],
    ),
    (
        "dob",
        "the passport application for my daughter, born 8/\u200b19/2015, wont let me continue",
        ["8/\u200b19/2015"],
    ),
    (
        "dob",
        "I'm a veteran born in 1952 — March 3 1952 exactly — and the VA health enrollment says under 18",
        ["March 3 1952"],
    ),
    (
        "dob",
        "تاريخ ميلادي 1987/04/09 والنموذج لا يقبل هذا التنسيق",
        ["1987/04/09"],
    ),
    (
        "dob",
        "the DMV real id form shows my birthday as 01/01/1900. correct DOB 10/28/1970",
        ["10/28/1970"],
    ),
    (
        "dob",
        "Data de nascimento: 5 de janeiro de 1992. O site do passaporte diz que a data é inválida.",
        ["5 de janeiro de 1992"],
    ),
    (
        "dob",
        "husband's date of birth 7-16-48 is needed for the survivor benefit "
        "and the form only takes 4 digit year",
        ["7-16-48"],
    ),
    # ------------------------------------------------------------------ email
    (
        "email",
        "pls reply to jdoe77@example.com not my work one, I can't log into that anymore",
        ["jdoe77@example.com"],
    ),
    (
        "email",
        "the verification code never arrives at maria.lopez.tx@example.net, checked spam too",
        ["maria.lopez.tx@example.net"],
    ),
    (
        "email",
        "Login.gov says my email Kwame.Asante@Example.org is already in use but I never made an account",
        ["Kwame.Asante@Example.org"],
    ),
    (
        "email",
        "Por favor envíen la confirmación a rosa_mendez1964@example.com, no recibí nada del IRS.",
        ["rosa_mendez1964@example.com"],
    ),
    (
        "email",
        "contact me: t.nguyen+fafsa@example.com (the plus sign gets rejected on the student aid site)",
        ["t.nguyen+fafsa@example.com"],
    ),
    (
        "email",
        "email: hpatel [at] example [dot] net — I write it like that because of spam",
        ["hpatel [at] example [dot] net"],
    ),
    (
        "email",
        "请把护照状态更新发到 wangli88@example.com，谢谢。",
        ["wangli88@example.com"],
    ),
    (
        "email",
        "FEMA letter said to respond by email but didnt say where. mine is bigjim.carter@example.org",
        ["bigjim.carter@example.org"],
    ),
    (
        "email",
        "My VA.gov profile has the old address sgt.reyes@example.com and the edit button is greyed out",
        ["sgt.reyes@example.com"],
    ),
    (
        "email",
        "Địa chỉ email của tôi: lan.tran.1975@example.net. Tôi không nhận được mã xác minh.",
        ["lan.tran.1975@example.net"],
    ),
    (
        "email",
        "Changed my email to\nolga.petrenko@example.com\nbut notifications still go to the old one",
        ["olga.petrenko@example.com"],
    ),
    (
        "email",
        "ANTHONY.RUSSO@EXAMPLE.COM is my email, the DMV site says invalid because of capitals?",
        ["ANTHONY.RUSSO@EXAMPLE.COM"],
    ),
    (
        "email",
        "이메일 주소 jiyoon.park@example.org 로 확인 메일이 오지 않습니다.",
        ["jiyoon.park@example.org"],
    ),
    (
        "email",
        "housing authority emailed my landlord instead of me (dwayne_w@example.net). privacy issue!!",
        ["dwayne_w@example.net"],
    ),
    (
        "email",
        "send the 1099-SSA copy to aisha.bello@example.com please, I lost mine",
        ["aisha.bello@example.com"],
    ),
    (
        "email",
        "the account recovery shows my email as f******@example.com but the "
        "real one is fernando.diaz@example.com",
        ["fernando.diaz@example.com"],
    ),
    (
        "email",
        "Imeyl ko: marites.santos@example.net. Wala pa rin akong natatanggap na confirmation.",
        ["marites.santos@example.net"],
    ),
    (
        "email",
        "typo in my email on the FAFSA, I wrote jkowlaski@example.com instead "
        "of jkowalski@example.com, how to change",
        ["jkowlaski@example.com", "jkowalski@example.com"],
    ),
    (
        "email",
        "Mon adresse e-mail est claire.dubois@example.net? non pardon claire.dubois@example.org",
        ["claire.dubois@example.net", "claire.dubois@example.org"],
    ),
    (
        "email",
        "email=\u200bomar.haddad@example.com is what I typed, the form says unrecognized",
        ["omar.haddad@example.com"],
    ),
    (
        "email",
        "reply-to: <grandpa.joe.1941@example.net> he doesn't use the Medicare account himself",
        ["grandpa.joe.1941@example.net"],
    ),
    (
        "email",
        "Мой адрес: s.ivanova@example.com — письмо с подтверждением не пришло.",
        ["s.ivanova@example.com"],
    ),
    (
        "email",
        "tax pro portal: the client email field takes only 30 chars, "
        "mine is christopher.washington.cpa@example.com",
        ["christopher.washington.cpa@example.com"],
    ),
    (
        "email",
        "Imèl mwen se jeanpierre.louis@example.net, mwen pa resevwa kòd la.",
        ["jeanpierre.louis@example.net"],
    ),
    (
        "email",
        "why does the passport status email come from noreply and go to my "
        "ex-wife? it should go to m.obrien@example.org",
        ["m.obrien@example.org"],
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "blocked from the IRS site with 'access denied', my IP is 203.0.113.42 if that helps",
        ["203.0.113.42"],
    ),
    (
        "ip",
        "your firewall banned 198.51.100.7 — that's my home connection, I only tried to log in 3 times",
        ["198.51.100.7"],
    ),
    (
        "ip",
        "the error page showed: Request blocked. Client IP: 192.0.2.15 Ref #18.2f3e4a",
        ["192.0.2.15"],
    ),
    (
        "ip",
        "login from 2001:db8:85a3::8a2e:370:7334 was flagged as suspicious but it's my phone on LTE",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "Mi dirección IP es 203.0.113.188 y la página de USCIS me dice acceso denegado.",
        ["203.0.113.188"],
    ),
    (
        "ip",
        "Login.gov says new sign in from 198.51.100.203 in another state, was that me? I'm on VPN sometimes",
        ["198.51.100.203"],
    ),
    (
        "ip",
        "my router's public address 192.0.2.233 keeps getting captcha on every page of the VA site",
        ["192.0.2.233"],
    ),
    (
        "ip",
        "我的IP地址是203.0.113.9，无法打开签证预约页面。",
        ["203.0.113.9"],
    ),
    (
        "ip",
        "IPv6 2001:DB8:0:0:8:800:200C:417A is blocked by the student aid site, IPv4 works",
        ["2001:DB8:0:0:8:800:200C:417A"],
    ),
    (
        "ip",
        "Error 403 forbidden. Your IP (198.51.100.64) has been rate limited. "
        "I just pressed refresh a few times on the refund tracker",
        ["198.51.100.64"],
    ),
    (
        "ip",
        "Địa chỉ IP của tôi 192.0.2.77 bị chặn khi nộp đơn xin trợ cấp nhà ở.",
        ["192.0.2.77"],
    ),
    (
        "ip",
        "from ip 203.0.113.250:51544 the upload of my DD-214 always fails at 99%",
        ["203.0.113.250"],
    ),
    (
        "ip",
        "at the library computer (203.0.113.17) the FEMA application worked, at "
        "home (198.51.100.99) it doesn't",
        ["203.0.113.17", "198.51.100.99"],
    ),
    (
        "ip",
        "IP 주소 2001:db8:1f70::999:de8:7648:6e8 에서 접속하면 계속 로그아웃 됩니다.",
        ["2001:db8:1f70::999:de8:7648:6e8"],
    ),
    (
        "ip",
        "security alert email said sign-in from 192.0.2.141, that's my office, please unlock the account",
        ["192.0.2.141"],
    ),
    (
        "ip",
        "whitelist my ip pls 198.51.100.12 — tax preparer office, we file for "
        "clients and keep getting blocked",
        ["198.51.100.12"],
    ),
    (
        "ip",
        "Мой IP 203.0.113.76 заблокирован на сайте записи в консульство.",
        ["203.0.113.76"],
    ),
    (
        "ip",
        "Connection reset. My address: [2001:db8::1428:57ab]:443 according to the diagnostics page",
        ["2001:db8::1428:57ab"],
    ),
    (
        "ip",
        "the DMV kiosk page says 'your device 192.0.2.200 is not registered', I'm on my own laptop",
        ["192.0.2.200"],
    ),
    (
        "ip",
        "Ang IP address ko ay 198.51.100.45 at lagi akong na-bloblock sa SSA website.",
        ["198.51.100.45"],
    ),
    (
        "ip",
        "Cloudflare-ish error, Ray ID 8a1b2c3d4e5f, your IP: 203.0.113.5 — cant "
        "reach the passport appointment page",
        ["203.0.113.5"],
    ),
    (
        "ip",
        "my ISP gives me 2001:db8:a0b:12f0::1 and the captcha never loads on the Medicare plan finder",
        ["2001:db8:a0b:12f0::1"],
    ),
    (
        "ip",
        "ip=198.51.100.177\nua=Mozilla/5.0\nthat's what the error said, copied it for you",
        ["198.51.100.177"],
    ),
    (
        "ip",
        "Mon adresse IP est 192.0.2.58, je suis bloqué depuis hier sur le site des impôts.",
        ["192.0.2.58"],
    ),
    (
        "ip",
        "temporary ban on 203.0.113.131 after the HUD portal login. please lift "
        "it, I need to submit my recertification",
        ["203.0.113.131"],
    ),
    # ------------------------------------------------------------------ itin_ein
    (
        "itin_ein",
        "my ITIN 912-78-4561 expired and the renewal W-7 status page says no record found",
        ["912-78-4561"],
    ),
    (
        "itin_ein",
        "Mi ITIN es 943 52 8870, lo puse en la declaración 1040 pero me llegó la carta CP01A.",
        ["943 52 8870"],
    ),
    (
        "itin_ein",
        "EIN 45-2871930 for my sole proprietorship (landscaping), the IRS online "
        "account won't show my 941 filings",
        ["45-2871930"],
    ),
    (
        "itin_ein",
        "Tried to e-file using ITIN 900912345 with no dashes and the software said taxpayer ID invalid",
        ["900912345"],
    ),
    (
        "itin_ein",
        "我的个人报税号码（ITIN）是 955-81-2046，请问为什么退税被扣留？",
        ["955-81-2046"],
    ),
    (
        "itin_ein",
        "employer ID number 84-1937265 — I'm self employed, got notice CP575 but the PDF is blank",
        ["84-1937265"],
    ),
    (
        "itin_ein",
        "wife's ITIN: 971-94-3318. mine: 968-62-0457. Adding her as dependent on the FAFSA fails",
        ["971-94-3318", "968-62-0457"],
    ),
    (
        "itin_ein",
        "Số ITIN của tôi là 926-73-5512, tôi cần gia hạn trước mùa thuế.",
        ["926-73-5512"],
    ),
    (
        "itin_ein",
        "FEIN 27-4401938 (my home daycare) gets rejected on the SBA disaster loan application",
        ["27-4401938"],
    ),
    (
        "itin_ein",
        "itin 9 3 8 - 7 0 - 1 1 2 9 is how the form split the boxes and then it lost the last 4",
        ["9 3 8 - 7 0 - 1 1 2 9"],
    ),
    (
        "itin_ein",
        "Tax ID (EIN): 36-9182734, Schedule C filer. The IRS transcript shows someone else's business name",
        ["36-9182734"],
    ),
    (
        "itin_ein",
        "ITIN 984–88–2741 was assigned last year but the housing application only accepts SSN",
        ["984–88–2741"],
    ),
    (
        "itin_ein",
        "제 ITIN 번호는 919-90-6634 입니다. 온라인 계정 만들기가 안 됩니다.",
        ["919-90-6634"],
    ),
    (
        "itin_ein",
        "I have an EIN 912047783 as a single member LLC and the form keeps treating it as an SSN",
        ["912047783"],
    ),
    (
        "itin_ein",
        "the W-7 acceptance agent gave me ITIN 949-55-7281 but the letter CP565 has a different one",
        ["949-55-7281"],
    ),
    (
        "itin_ein",
        "Ang ITIN ko ay 962-85-3390 at hindi ko ma-access ang IRS account.",
        ["962-85-3390"],
    ),
    (
        "itin_ein",
        "EIN: 46-5550912\nBusiness: my own food truck\nProblem: 1099-K mismatch notice",
        ["46-5550912"],
    ),
    (
        "itin_ein",
        "ITIN#934-64-8802 my tax preparer typed it as SSN and now the return is rejected with code IND-031",
        ["934-64-8802"],
    ),
    (
        "itin_ein",
        "Je suis travailleur indépendant, mon EIN est le 81-3325670 et le "
        "formulaire 1040-ES ne l'accepte pas.",
        ["81-3325670"],
    ),
    (
        "itin_ein",
        "individual taxpayer id 990-77-4413 — need it on the student aid verification for my dad",
        ["990-77-4413"],
    ),
    (
        "itin_ein",
        "Mi negocio de limpieza tiene EIN 20-8841172 y el portal de pagos dice que no existe.",
        ["20-8841172"],
    ),
    (
        "itin_ein",
        "ITIN 9l8-83-2206 (I typed a lower L by mistake), real one is 918-83-2206",
        ["9l8-83-2206", "918-83-2206"],
    ),
    (
        "itin_ein",
        "Мой ITIN 957 99 1024, как подать форму 1040-NR онлайн?",
        ["957 99 1024"],
    ),
    (
        "itin_ein",
        "household employer EIN 52\u00a01974063 for my nanny's W-2 — Schedule H rejected",
        ["52\u00a01974063"],
    ),
    (
        "itin_ein",
        "Nimewo ITIN mwen se 976-51-6639, mwen pa ka jwenn ranbousman mwen.",
        ["976-51-6639"],
    ),
    # ------------------------------------------------------------------ license
    (
        "license",
        "CA driver license B6729341 — the REAL ID appointment form says license not found",
        ["B6729341"],
    ),
    (
        "license",
        "NY DMV: my license ID 734 219 568 and the renewal says photo expired, it's not",
        ["734 219 568"],
    ),
    (
        "license",
        "Florida DL S530-412-76-891-0, I need to update my address after the hurricane for the FEMA claim",
        ["S530-412-76-891-0"],
    ),
    (
        "license",
        "Illinois license R153-4729-0662 won't validate on the ID.me step of the unemployment site",
        ["R153-4729-0662"],
    ),
    (
        "license",
        "Mi licencia de Texas es 41928374 y el sistema de citas del DPS dice que no coincide.",
        ["41928374"],
    ),
    (
        "license",
        "WA enhanced license WDL7XK29R4BH, the passport card page asks for it and errors out",
        ["WDL7XK29R4BH"],
    ),
    (
        "license",
        "NJ MVC: license number M2417 38902 71654 — online renewal is stuck on 'verify identity'",
        ["M2417 38902 71654"],
    ),
    (
        "license",
        "Michigan DL# K 512 438 907 261 is on my state ID too? the SOS site says duplicate",
        ["K 512 438 907 261"],
    ),
    (
        "license",
        "我的驾照号码是 D08392741（亚利桑那州），网上更新时显示错误。",
        ["D08392741"],
    ),
    (
        "license",
        "Mass. license S48213907 – RMV says my learner's permit number is different, which do I use",
        ["S48213907"],
    ),
    (
        "license",
        "PA driver's license 29 481 735, the online duplicate request charged me but no card",
        ["29 481 735"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là TR482910 (Ohio), trang BMV không nhận.",
        ["TR482910"],
    ),
    (
        "license",
        "state ID number 058372914 (Georgia) — used it for identity proofing on the SSA site and it failed",
        ["058372914"],
    ),
    (
        "license",
        "Virginia DL T71-48-2093, I think the form expects no dashes but doesn't say so",
        ["T71-48-2093"],
    ),
    (
        "license",
        "운전면허 번호 M-482-193-857-204 (메릴랜드) 입력 시 오류가 납니다.",
        ["M-482-193-857-204"],
    ),
    (
        "license",
        "WI DL K5124-3879-1062-04, the CDL medical card upload keeps failing",
        ["K5124-3879-1062-04"],
    ),
    (
        "license",
        "Colorado license # 17-482-9301 — renewal by mail letter says I'm not eligible, why",
        ["17-482-9301"],
    ),
    (
        "license",
        "Lisensya ko sa California: F3849201. Ayaw tanggapin ng DMV website.",
        ["F3849201"],
    ),
    (
        "license",
        "DLN:  c5562017\nissued 2021, the online form says DL not valid for REAL ID upgrade",
        ["c5562017"],
    ),
    (
        "license",
        "Номер водительского удостоверения (Нью-Йорк) 615 882 407, запись на экзамен не проходит.",
        ["615 882 407"],
    ),
    (
        "license",
        "my son's learner permit is A123-4567-8901? no sorry A128-5530-2917, "
        "Illinois, road test scheduling broken",
        ["A123-4567-8901", "A128-5530-2917"],
    ),
    (
        "license",
        "Lisans mwen Florid: M\u00a0263-551-84-302-0. Sit DMV la pa mache.",
        ["M\u00a0263-551-84-302-0"],
    ),
    (
        "license",
        "The vehicle title transfer wants the buyer's license; mine is TX 32746159 and the page says invalid",
        ["32746159"],
    ),
    (
        "license",
        "Licence de conduire du Maryland : M-715-604-382-119. Le site refuse le format.",
        ["M-715-604-382-119"],
    ),
    (
        "license",
        "driver lic no. y4416029 (CA, lowercase on purpose to test) same error either way",
        ["y4416029"],
    ),
    # ------------------------------------------------------------------ medicare
    (
        "medicare",
        "My Medicare number 1EG4-TE5-MK73 isn't recognized when I log into Medicare.gov",
        ["1EG4-TE5-MK73"],
    ),
    (
        "medicare",
        "new MBI 2AC7HJ3KM41 — the Part D plan enrollment says number invalid",
        ["2AC7HJ3KM41"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 3DW9-F84-RT62 y no puedo ver mis reclamos.",
        ["3DW9-F84-RT62"],
    ),
    (
        "medicare",
        "old card with the SSN number says 412-68-3309A, I never got the new one with the letters",
        ["412-68-3309A"],
    ),
    (
        "medicare",
        "Medicare Beneficiary Identifier: 4QX2 PA7 UV09. Enrollment for Part B special period keeps failing",
        ["4QX2 PA7 UV09"],
    ),
    (
        "medicare",
        "我的联邦医疗保险号码是 5NT6-YR1-WX38，补充保险申请被拒绝。",
        ["5NT6-YR1-WX38"],
    ),
    (
        "medicare",
        "mbi 6ke0cm9gh27 lowercase from my phone, the form says unknown beneficiary",
        ["6ke0cm9gh27"],
    ),
    (
        "medicare",
        "my mothers medicare # 7HA3-N52-DF84, I'm her representative and the callback never came",
        ["7HA3-N52-DF84"],
    ),
    (
        "medicare",
        "Số Medicare của tôi: 8GP5-VK2-AC19. Tôi muốn đổi chương trình Medicare Advantage.",
        ["8GP5-VK2-AC19"],
    ),
    (
        "medicare",
        "HICN 523814402B1 (railroad? no, I'm a widow on my husband's record) the claim was denied",
        ["523814402B1"],
    ),
    (
        "medicare",
        "Medicare ID\n9RF1EQ6NP55\nprescription drug plan finder does not save my drugs",
        ["9RF1EQ6NP55"],
    ),
    (
        "medicare",
        "the premium bill CMS-500 shows Medicare number 1TM8-UD4-XY70 but mine "
        "is 2W37-GH8-JK12, wrong person??",
        ["1TM8-UD4-XY70", "2W37-GH8-JK12"],
    ),
    (
        "medicare",
        "메디케어 번호 3CV4-RW0-EM96 으로 로그인이 안 됩니다.",
        ["3CV4-RW0-EM96"],
    ),
    (
        "medicare",
        "VA and Medicare both: my MBI is 4YU7AT3HQ58, and the VA form asks for it but then says invalid",
        ["4YU7AT3HQ58"],
    ),
    (
        "medicare",
        "Numero ko sa Medicare: 5MJ2-KX7-TA03. Hindi ko makita ang Part A status.",
        ["5MJ2-KX7-TA03"],
    ),
    (
        "medicare",
        "Medicare claim number on the old red white and blue card: 301 44 8821 D — is that still good?",
        ["301 44 8821 D"],
    ),
    (
        "medicare",
        "MBI: 6FD9–WN1–RC44 (copied from the letter, dashes are long ones)",
        ["6FD9–WN1–RC44"],
    ),
    (
        "medicare",
        "Мой номер Medicare 7PQ6H25GV81, не получается подать заявку на Extra Help.",
        ["7PQ6H25GV81"],
    ),
    (
        "medicare",
        "Medicare Savings Program application asks for the Medicare number, "
        "8XE3 MU9 DW20, then errors with code 1102",
        ["8XE3 MU9 DW20"],
    ),
    (
        "medicare",
        "رقم الميديكير الخاص بي هو 9AK5-CY4-FJ66 ولا أستطيع تسجيل الدخول",
        ["9AK5-CY4-FJ66"],
    ),
    (
        "medicare",
        "HIC no. 228-40-6613-C1 from my late husband's account, the survivor page doesn't take the C1",
        ["228-40-6613-C1"],
    ),
    (
        "medicare",
        "new card came with 1NH0\u200b-DG7-PU35, the Medicare.gov account creation says no match",
        ["1NH0\u200b-DG7-PU35"],
    ),
    (
        "medicare",
        "Mon numéro Medicare est 2UR8-QE2-KV17 et je n'arrive pas à changer de plan.",
        ["2UR8-QE2-KV17"],
    ),
    (
        "medicare",
        "HICN 461-22-9087A on the old card vs MBI 3JK2-DR5-AH90 on the new "
        "one, the pharmacy uses the old one",
        ["461-22-9087A", "3JK2-DR5-AH90"],
    ),
    (
        "medicare",
        "Nimewo Medicare mwen se 5CT4-EN8-MX52, mwen pa ka wè kat mwen sou sit la.",
        ["5CT4-EN8-MX52"],
    ),
    # ------------------------------------------------------------------ name
    (
        "name",
        "My name is Darnell Washington and the SSA account shows someone else's earnings record",
        ["Darnell Washington"],
    ),
    (
        "name",
        "the passport was printed as 'Guadalupe Hernandes' but my name is Guadalupe Hernández",
        ["Guadalupe Hernandes", "Guadalupe Hernández"],
    ),
    (
        "name",
        "I'm filing for my late husband Rajesh Kumar's VA burial benefit and the "
        "form only lets the veteran log in",
        ["Rajesh Kumar"],
    ),
    (
        "name",
        "Mi nombre es María José Gutiérrez Rivas y el sistema corta mi segundo apellido.",
        ["María José Gutiérrez Rivas"],
    ),
    (
        "name",
        "name field doesn't allow apostrophes: Siobhan O'Connell becomes "
        "Siobhan OConnell on my tax transcript",
        ["Siobhan O'Connell", "Siobhan OConnell"],
    ),
    (
        "name",
        "我叫王小明，护照上的英文名是 Wang Xiaoming，网站上名和姓颠倒了。",
        ["王小明", "Wang Xiaoming"],
    ),
    (
        "name",
        "Tên tôi là Nguyễn Thị Lan, trang web bỏ hết dấu và ghi thành Nguyen Thi Lan.",
        ["Nguyễn Thị Lan", "Nguyen Thi Lan"],
    ),
    (
        "name",
        "student aid lists my dad as Olusegun Adeyemi but his legal name on "
        "the tax return is Olusegun A. Adeyemi",
        ["Olusegun Adeyemi", "Olusegun A. Adeyemi"],
    ),
    (
        "name",
        "제 이름은 김민준 (Kim Min-jun)입니다. 하이픈 때문에 이름이 거부됩니다.",
        ["김민준", "Kim Min-jun"],
    ),
    (
        "name",
        "FEMA application is under my mother's name, Kateryna Bondarenko, can I add myself as co-applicant?",
        ["Kateryna Bondarenko"],
    ),
    (
        "name",
        "the DMV mailed the title to Jean-Baptiste Pierre-Louis but cut it to Jean-Baptiste Pierre",
        ["Jean-Baptiste Pierre-Louis", "Jean-Baptiste Pierre"],
    ),
    (
        "name",
        "Ang pangalan ko ay Maricel Dela Cruz Bautista, pero iba ang lumalabas sa aking SSA record.",
        ["Maricel Dela Cruz Bautista"],
    ),
    (
        "name",
        "hi this is Mohammed Al-Rashid, my naturalization certificate has my name spelled Mohamed Alrashid",
        ["Mohammed Al-Rashid", "Mohamed Alrashid"],
    ),
    (
        "name",
        "Section 8 voucher holder: Tamika Johnson-Reed. The landlord portal shows a different tenant",
        ["Tamika Johnson-Reed"],
    ),
    (
        "name",
        "Меня зовут Дмитрий Соколов, в заявлении на паспорт фамилия записана латиницей как Sokolov Dmitrii.",
        ["Дмитрий Соколов", "Sokolov Dmitrii"],
    ),
    (
        "name",
        "SMITH, JOHN ROBERT — that's how the IRS letter addressed me, "
        "but the online account has John R Smyth",
        ["SMITH, JOHN ROBERT", "John R Smyth"],
    ),
    (
        "name",
        "my grandson Ethan Yazzie needs his Social Security card replaced, the parent consent step is broken",
        ["Ethan Yazzie"],
    ),
    (
        "name",
        "اسمي فاطمة الزهراء حسن وموقع الهجرة لا يقبل الأحرف العربية",
        ["فاطمة الزهراء حسن"],
    ),
    (
        "name",
        "The death of my father, Hiroshi Tanaka, was reported but his benefits are still being paid.",
        ["Hiroshi Tanaka"],
    ),
    (
        "name",
        "Je m'appelle Anne-Sophie Lefèvre et le nom sur ma demande de visa est mal écrit.",
        ["Anne-Sophie Lefèvre"],
    ),
    (
        "name",
        "co-borrower on the HUD loan is my sister ngozi okafor (lowercase on the form, the caps lock broke)",
        ["ngozi okafor"],
    ),
    (
        "name",
        "Mwen rele Wilner Jean-Charles, non mwen pa parèt kòrèkteman sou kat rezidans lan.",
        ["Wilner Jean-Charles"],
    ),
    (
        "name",
        "veteran: SGT Marcus\u00a0Delgado (ret.) — the VA letter got my rank and name mixed up",
        ["Marcus\u00a0Delgado"],
    ),
    (
        "name",
        "Meu nome é João Pedro Carvalho, e o formulário não aceita o til no sobrenome.",
        ["João Pedro Carvalho"],
    ),
    (
        "name",
        "we adopted our daughter Priya Sharma-Whitfield and need to change her "
        "last name with SSA, which form?",
        ["Priya Sharma-Whitfield"],
    ),
    # ------------------------------------------------------------------ passport
    (
        "passport",
        "passport number 567891234 — the DS-82 online renewal says it doesn't match your records",
        ["567891234"],
    ),
    (
        "passport",
        "my new passport A04918273 has the wrong birthplace, how do I request a correction with DS-5504",
        ["A04918273"],
    ),
    (
        "passport",
        "Mi pasaporte mexicano es G48213907 y el formulario DS-160 no lo acepta como documento de viaje.",
        ["G48213907"],
    ),
    (
        "passport",
        "Indian passport no. Z5839201 — the visa appointment site says passport already in use",
        ["Z5839201"],
    ),
    (
        "passport",
        "我的护照号码是E48291730，签证预约系统显示护照号码格式错误。",
        ["E48291730"],
    ),
    (
        "passport",
        "Số hộ chiếu của tôi là C4729183, tôi không thể tải lên mẫu I-94.",
        ["C4729183"],
    ),
    (
        "passport",
        "여권번호 M73920184 를 입력했는데 ESTA 신청이 거부됐어요.",
        ["M73920184"],
    ),
    (
        "passport",
        "Philippine passport P4829173B expires soon, will the I-131 still be processed?",
        ["P4829173B"],
    ),
    (
        "passport",
        "Номер загранпаспорта 72 4819305, не получается заполнить форму DS-160.",
        ["72 4819305"],
    ),
    (
        "passport",
        "UK passport 120382716, the ESTA form says invalid document number and charged me $21",
        ["120382716"],
    ),
    (
        "passport",
        "Mon numéro de passeport est 19FK48213, le site refuse les lettres au milieu.",
        ["19FK48213"],
    ),
    (
        "passport",
        "passport card C03829174 — can I use it for REAL ID at the DMV? the checklist doesn't say",
        ["C03829174"],
    ),
    (
        "passport",
        "Passaporte brasileiro FT482917, o sistema de agendamento do consulado não aceita.",
        ["FT482917"],
    ),
    (
        "passport",
        "lost passport # 4 8 2 9 1 0 3 7 6 reported on DS-64 but the status still says valid",
        ["4 8 2 9 1 0 3 7 6"],
    ),
    (
        "passport",
        "Nimewo paspò mwen se RD4827193, sit la di li pa bon.",
        ["RD4827193"],
    ),
    (
        "passport",
        "Passport No.: 530194827\nIssue date: 2019\nExpedited renewal paid but status not found",
        ["530194827"],
    ),
    (
        "passport",
        "my daughter's passport number is 641-928-375 and the minor renewal "
        "page says she must apply in person",
        ["641-928-375"],
    ),
    (
        "passport",
        "Pasaporte de Guatemala: 284719305 — el I-589 pide el número y da error al guardar.",
        ["284719305"],
    ),
    (
        "passport",
        "Ang passport number ko ay P7712943A, pero ayaw tanggapin ng visa application.",
        ["P7712943A"],
    ),
    (
        "passport",
        "Canadian passport AB482917 for the NEXUS application, the form says only 9 characters allowed??",
        ["AB482917"],
    ),
    (
        "passport",
        "passport\u00a0#\u00a0B19283746 is what I typed (new style, letter + 8 digits) and it said invalid",
        ["B19283746"],
    ),
    (
        "passport",
        "جواز سفري رقم N04829173 والموقع لا يقبل الرقم",
        ["N04829173"],
    ),
    (
        "passport",
        "Nigerian passport A08172934 — ESTA not eligible fine, but DS-160 also rejects it",
        ["A08172934"],
    ),
    (
        "passport",
        "Passport 47-192-8356 (old one, reported stolen) is still linked to my Global Entry account",
        ["47-192-8356"],
    ),
    (
        "passport",
        "the I-9 upload asks for passport number, I entered 593817264 and expiration 2031, still error E17",
        ["593817264"],
    ),
    # ------------------------------------------------------------------ phone
    (
        "phone",
        "call me back at (202) 555-0147 please, the online chat closed on me",
        ["(202) 555-0147"],
    ),
    (
        "phone",
        "the SMS code never arrives at 212.555.0183, is my number wrong in the system?",
        ["212.555.0183"],
    ),
    (
        "phone",
        "Mi teléfono es 305-555-0162, por favor llámenme sobre mi reclamo de FEMA.",
        ["305-555-0162"],
    ),
    (
        "phone",
        "update my phone from +1 415 555 0102 to +1 415 555 0198, the profile page wont save",
        ["+1 415 555 0102", "+1 415 555 0198"],
    ),
    (
        "phone",
        "VA scheduling left a voicemail but I can't call back during work, text me 6175550123",
        ["6175550123"],
    ),
    (
        "phone",
        "我的电话是 718-555-0134，请回电话，关于护照加急的事。",
        ["718-555-0134"],
    ),
    (
        "phone",
        "Số điện thoại của tôi: (713) 555-0177. Xin gọi lại cho tôi.",
        ["(713) 555-0177"],
    ),
    (
        "phone",
        "I live in the UK now, my number is +44 20 7946 0958, the SSA form only takes 10 digit numbers",
        ["+44 20 7946 0958"],
    ),
    (
        "phone",
        "mobile +61 491 570 156 (Australia), I need my 1099 replacement sent abroad",
        ["+61 491 570 156"],
    ),
    (
        "phone",
        "전화번호 213-555-0109 로 인증 문자가 안 와요.",
        ["213-555-0109"],
    ),
    (
        "phone",
        "phone: 1-312-555-0145 ext. 22 (work) — the form strips the extension",
        ["1-312-555-0145"],
    ),
    (
        "phone",
        "cell 404 555 0111\nhome 404 555 0190\nplease use the cell for the inspector appointment",
        ["404 555 0111", "404 555 0190"],
    ),
    (
        "phone",
        "Numero ng telepono ko: +1 (808) 555-0156. Pakitawagan ako tungkol sa aking claim.",
        ["+1 (808) 555-0156"],
    ),
    (
        "phone",
        "Мой номер телефона 929-555-0138, жду звонка по поводу собеседования.",
        ["929-555-0138"],
    ),
    (
        "phone",
        "my mom's landline is 520.555.0104 she doesnt have a cell for the Medicare two step login",
        ["520.555.0104"],
    ),
    (
        "phone",
        "Canadian cell +1-604-555-0143 won't work for the login.gov text message",
        ["+1-604-555-0143"],
    ),
    (
        "phone",
        "Mon numéro en France : +33 1 99 00 12 34, je ne reçois pas le code.",
        ["+33 1 99 00 12 34"],
    ),
    (
        "phone",
        "Rele m nan 786-555-0129 tanpri, pou aplikasyon lojman an.",
        ["786-555-0129"],
    ),
    (
        "phone",
        "UK mobile 07700 900461 is on my account but I need it changed to my US one 503-555-0116",
        ["07700 900461", "503-555-0116"],
    ),
    (
        "phone",
        "the housing authority has 555-0172 without area code (it's 646) so nobody can reach me",
        ["555-0172"],
    ),
    (
        "phone",
        "tel:\u00a0(602)\u00a0555‑0131 (copied from my contacts, has weird dashes)",
        ["(602)\u00a0555‑0131"],
    ),
    (
        "phone",
        "Meu telefone é (617) 555-0187, podem ligar depois das 18h.",
        ["(617) 555-0187"],
    ),
    (
        "phone",
        "PHONE 2065550193 x101 — the DMV callback form rejected the extension",
        ["2065550193"],
    ),
    (
        "phone",
        "رقم هاتفي 313-555-0150 أرجو الاتصال بي بخصوص طلب اللجوء",
        ["313-555-0150"],
    ),
    (
        "phone",
        "the student aid chat told me to leave a number: 720 555 0168. still waiting after 9 days",
        ["720 555 0168"],
    ),
    # ------------------------------------------------------------------ ssn
    (
        "ssn",
        "SSN 401-22-7854 is rejected on the login, it says already registered",
        ["401-22-7854"],
    ),
    (
        "ssn",
        "my social is 532 18 0946, the W-2 my employer sent has one digit wrong",
        ["532 18 0946"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 612-48-3391 y la página del IRS dice que no coincide.",
        ["612-48-3391"],
    ),
    (
        "ssn",
        "ss# 287619034 no dashes because the form wouldn't take them",
        ["287619034"],
    ),
    (
        "ssn",
        "我的社安号是 145-72-8806，网上申请退休福利时显示无效。",
        ["145-72-8806"],
    ),
    (
        "ssn",
        "The FAFSA says my dad's SSN 318-55-2047 failed the SSA match, we checked it three times",
        ["318-55-2047"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi là 623-19-4470, tôi không thể tạo tài khoản my Social Security.",
        ["623-19-4470"],
    ),
    (
        "ssn",
        "social security no.\n509-63-1182\nidentity theft — someone filed a "
        "return with it, I got letter 5071C",
        ["509-63-1182"],
    ),
    (
        "ssn",
        "VA claim for my husband, his SSN is 224.81.5539 and mine is 224.81.6620",
        ["224.81.5539", "224.81.6620"],
    ),
    (
        "ssn",
        "사회보장번호 738-20-1954 를 입력하면 오류가 납니다.",
        ["738-20-1954"],
    ),
    (
        "ssn",
        "SSN: 0 7 8 - ... sorry, 078-41-2296, the masked field keeps clearing",
        ["078-41-2296"],
    ),
    (
        "ssn",
        "last 4 is 3308 but the full ssn 455-07-3308 is needed for the housing application and it errors",
        ["455-07-3308"],
    ),
    (
        "ssn",
        "Ang SSN ko ay 572-33-0819 pero sabi ng website mali daw.",
        ["572-33-0819"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 133-90-4721, не могу войти в аккаунт.",
        ["133-90-4721"],
    ),
    (
        "ssn",
        "social security number 363\u00a052\u00a09184 - the disaster "
        "assistance form said it's in use by another registration",
        ["363\u00a052\u00a09184"],
    ),
    (
        "ssn",
        "SSN#641‑28‑7705 (copied from a PDF, the dashes look different) invalid format error",
        ["641‑28‑7705"],
    ),
    (
        "ssn",
        "Mon numéro de sécurité sociale américain est 256-44-9130, le formulaire SS-5 ne passe pas.",
        ["256-44-9130"],
    ),
    (
        "ssn",
        "ssn 491 660 371? no, 491-66-0371. the benefit calculator crashed",
        ["491 660 371", "491-66-0371"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 589-21-6643, mwen pa ka konekte.",
        ["589-21-6643"],
    ),
    (
        "ssn",
        "my child's SSN 765-09-2218 was entered as dependent on another return, IRS rejected mine",
        ["765-09-2218"],
    ),
    (
        "ssn",
        "Meu número do seguro social é 048-73-5561 e o site não aceita.",
        ["048-73-5561"],
    ),
    (
        "ssn",
        "SSA-1099 shows SSN ending in the wrong digits, should be 352-81-4407",
        ["352-81-4407"],
    ),
    (
        "ssn",
        "رقم الضمان الاجتماعي الخاص بي 603-45-8812 والموقع يرفضه",
        ["603-45-8812"],
    ),
    (
        "ssn",
        "Section 8 re-cert: head of household SSN 410 93 6627, the portal asks again every page",
        ["410 93 6627"],
    ),
    (
        "ssn",
        "TIN (my SSN) 199-70-3385 on the 1040-SR, error code R0000-504-02",
        ["199-70-3385"],
    ),
    # ------------------------------------------------------------------ url_personal
    (
        "url_personal",
        "the link in the email went to https://account.example.com/profile?"
        "email=maria.lopez%40example.com and showed someone else's page",
        ["maria.lopez%40example.com"],
    ),
    (
        "url_personal",
        "my dashboard url is https://portal.example.org/users/jsmith1985/settings, is it safe to share?",
        ["jsmith1985"],
    ),
    (
        "url_personal",
        "got logged out at https://benefits.example.net/claim/status;jsessionid="
        "8F3A2B1C9D7E6F5A4B3C2D1E the page said expired",
        ["8F3A2B1C9D7E6F5A4B3C2D1E"],
    ),
    (
        "url_personal",
        "the confirmation page url has my SSN in it: https://apply.example.com/"
        "confirm?ssn=401228854&step=5 — that seems bad",
        ["401228854"],
    ),
    (
        "url_personal",
        "reset link https://login.example.com/reset?token=Zk9xT2VrQmFzZTY0VG9rZW4x&user=ktran doesn't work",
        ["Zk9xT2VrQmFzZTY0VG9rZW4x", "ktran"],
    ),
    (
        "url_personal",
        "El enlace https://ayuda.example.org/solicitud?nombre=Rosa+Mendez&id=7741 me muestra un error 404.",
        ["Rosa+Mendez"],
    ),
    (
        "url_personal",
        "Page https://example.com/u/lan.tran.1975/documents/upload freezes at 80%",
        ["lan.tran.1975"],
    ),
    (
        "url_personal",
        "this url was in my browser history after the Medicare login: "
        "https://plans.example.net/compare?mbi=1EG4TE5MK73&zip=33101",
        ["1EG4TE5MK73"],
    ),
    (
        "url_personal",
        "https://student.example.org/fsa/profile/kbrown_2004/dependents — the dependents tab is empty",
        ["kbrown_2004"],
    ),
    (
        "url_personal",
        "链接 https://visa.example.com/status?passport=E48291730&lang=zh 打不开。",
        ["E48291730"],
    ),
    (
        "url_personal",
        "sharing the link my caseworker sent: https://housing.example.net/"
        "tenant;name=Tamika%20Reed;unit=4B/lease",
        ["Tamika%20Reed"],
    ),
    (
        "url_personal",
        "the unsubscribe link https://mail.example.com/unsub?e=dW1hci5oYWRkYWRA"
        "ZXhhbXBsZS5jb20 doesn't unsubscribe me",
        ["dW1hci5oYWRkYWRAZXhhbXBsZS5jb20"],
    ),
    (
        "url_personal",
        "after sign in it redirects to https://my.example.org/callback?"
        "sid=a91f03c7e2b84d16&uid=hpatel77 and shows a blank page",
        ["a91f03c7e2b84d16", "hpatel77"],
    ),
    (
        "url_personal",
        "Đường dẫn https://www.example.com/ho-so/nguyen.thi.lan/giay-to không mở được.",
        ["nguyen.thi.lan"],
    ),
    (
        "url_personal",
        "FEMA-ish site link: https://disaster.example.net/apply?phone="
        "3055550162&zip=33012 — it prefilled my phone, weird",
        ["3055550162"],
    ),
    (
        "url_personal",
        "https://dmv.example.com/appointments/confirm?dl=B6729341&date=2025-03-14 gives error 500",
        ["B6729341"],
    ),
    (
        "url_personal",
        "링크 https://example.org/users/jiyoon.park/inbox 에서 메시지가 안 보여요.",
        ["jiyoon.park"],
    ),
    (
        "url_personal",
        "the page https://tax.example.com/refund?name=Darnell%20Washington&dob="
        "1962-03-14 shows refund not found",
        ["Darnell%20Washington", "1962-03-14"],
    ),
    (
        "url_personal",
        "Ang link na https://example.net/account/marites.santos/edit ay hindi gumagana.",
        ["marites.santos"],
    ),
    (
        "url_personal",
        "https://vet.example.org/claims?veteran_email=sgt.reyes%40example.com"
        "&claim=600123456 never finishes loading",
        ["sgt.reyes%40example.com"],
    ),
    (
        "url_personal",
        "Ссылка https://example.com/profile/olga_petrenko/payments не открывается.",
        ["olga_petrenko"],
    ),
    (
        "url_personal",
        "the share button made this: https://example.org/s/?ref=john.r.smyth"
        "&session=5c2e9a7741b0f3d8 — who can see it?",
        ["john.r.smyth", "5c2e9a7741b0f3d8"],
    ),
    (
        "url_personal",
        "Lyen https://example.net/dosye/wilner.jeancharles/paj ki di erè.",
        ["wilner.jeancharles"],
    ),
    (
        "url_personal",
        "bookmark https://benefits.example.com/ssi;user=fdiaz1958;jsessionid=0A9B8C7D6E5F no longer works",
        ["fdiaz1958", "0A9B8C7D6E5F"],
    ),
    (
        "url_personal",
        "Le lien https://example.com/passeport/suivi?courriel=claire.dubois"
        "%40example.org renvoie une erreur.",
        ["claire.dubois%40example.org"],
    ),
]

CLEAN: list[str] = [
    # taxes
    "the site keeps timing out on step 3 of 5",
    "Where's My Refund says still processing after 21 days, filed 02/14",
    "got notice CP2000 proposing $1,240 more tax, the response form page is missing",
    "Form 1040-SR instructions page 47 links to a 2019 PDF",
    "IRS Free File link for the state return goes to a 404",
    "letter 5071C says verify identity online but the page loops back to start",
    "Direct Pay confirmation number 4A7B-92KC-18QZ but the account shows no payment",
    "the 8962 premium tax credit worksheet calculator says 400% FPL wrong",
    "CP14 balance due $312.56 but I paid on April 15 by Direct Pay",
    "error code IND-181-01 on my e-file, what does it mean?",
    "Schedule C line 30 simplified method — the help text contradicts Pub 587",
    "transcript request for tax year 2022 shows 'no record of return filed'",
    "the W-4 estimator gave me $0 withholding, that can't be right",
    "online payment agreement says fee $22 but the letter said $31",
    "refund amount reduced by $1,400 and the letter CP12 doesn't say why",
    "Notice CP501, second reminder, but my payment posted on 3/2",
    "can't download the 1099-G from the state site, Chrome version 124",
    "IRS2Go app crashes on iOS 17.4 when I open refund status",
    "the EITC assistant says I qualify at step 4 and then says I don't",
    "page https://www.irs.example.gov/forms/1040?lang=es loads in English",
    "Form 4868 extension confirmation code 9X2P4 — is that all I get?",
    "Why does the Interactive Tax Assistant ask the same question 3 times",
    "the estimated tax 1040-ES voucher for Q3 says due 9/15, the calendar says 9/16",
    "IP PIN retrieval tool down since Monday, error 0x80070005 in Edge",
    "Form 8821 upload through the tax pro portal failed at 95%",
    "the amended return tracker says 'received' for 16 weeks now",
    "Publication 17 PDF is 300+ pages, please add a table of contents with links",
    "the child tax credit section is confusing; 2 kids, does the $2,000 apply to both?",
    "tax withholding estimator logs me out after 15 minutes of inactivity",
    "El estado de mi reembolso dice 'en proceso' desde hace 6 semanas.",
    "La carta CP2000 dice que debo $850, ¿dónde respondo en línea?",
    "退税查询页面一直显示“正在处理”，已经8周了。",
    "Trang kiểm tra hoàn thuế báo lỗi 503 mỗi tối sau 9 giờ.",
    # immigration
    "receipt number IOE0912345678 shows 'Case Was Received' since January",
    "EAC2412345678 status hasn't changed in 7 months, is that normal?",
    "I-130 processing time page says 14.5 months for the Nebraska Service Center",
    "the I-765 fee table lists $470 online and $520 paper, which applies to category (c)(9)?",
    "N-400 online filing crashed at the evidence upload step, file was 2.1 MB",
    "biometrics appointment notice I-797C says 9:00 AM but the ASC opens at 10",
    "the case status page keeps showing error 'ENG-500' on Safari",
    "Form I-864 Poverty Guidelines table still shows 2023 values",
    "MSC2290012345 was transferred to the National Benefits Center, what now?",
    "the I-90 page says 'select a reason', none of the 7 reasons fit mine",
    "Visa Bulletin for May shows F2A current but the chart B link is broken",
    "interview scheduled at the field office on June 12 at 1:30 PM, can I reschedule online?",
    "FOIA tracking page shows queue position 4,312 — has been the same for weeks",
    "the I-485 checklist says 2 photos, the instructions say 4",
    "SAVE case verification number 0123456789012AB for my driver license "
    "application isn't recognized by the DMV",
    "the DS-160 confirmation barcode doesn't print on page 2",
    "Form I-131 Part 8 is missing in the online version",
    "case number LIN2390123456 — the online change of address shows no cases",
    "Green card renewal (I-90) fee went up to $465, the page still says $455",
    "the emergency expedite request form page gives error 403",
    "appointment at the Application Support Center, code ASC-22, the map pin is wrong",
    "Mi caso IOE0923456781 dice 'Caso aprobado' pero no he recibido la tarjeta.",
    "La página del formulario I-765 no carga en español.",
    "我的I-130申请处理时间显示为14个月，是否正常？",
    "Tôi nộp đơn N-400 từ tháng 3 năm 2024, vẫn chưa có lịch phỏng vấn.",
    "Ang status ng kaso ko ay 'Case Was Received' mula pa noong Enero.",
    "Мой статус дела не меняется уже 5 месяцев, номер квитанции не принимается на сайте.",
    "Dosye I-485 mwen an toujou ap tann depi 10 mwa.",
    # veterans
    "VA Form 21-526EZ submission stuck on 'in progress' since 4/18",
    "claim status shows step 3 of 8 (evidence gathering) for 90 days",
    "the disability rating calculator says 70% but the letter says 60%",
    "DD-214 upload only accepts PDF under 20 MB, mine is a JPG",
    "the GI Bill comparison tool shows the wrong housing allowance for ZIP code 30303",
    "VA.gov prescription refill button greyed out for 2 of my meds",
    "Post-9/11 GI Bill statement of benefits says 0 months remaining",
    "appointment at the Michael E. DeBakey VA Medical Center got cancelled with no reason",
    "PACT Act toxic exposure screening link goes to an old page",
    "the travel pay claim through BTSSS rejects mileage over 100",
    "VA Form 10-10EZ asks for income from 2 years ago, the help text says 1",
    "claim ID 600123456 — the decision letter PDF won't open",
    "Veterans Crisis Line button covers the submit button on mobile",
    "the burial benefits page for Arlington National Cemetery has a broken link",
    "compensation payment for March came on the 3rd instead of the 1st",
    "VA home loan Certificate of Eligibility request error 'CoE-17'",
    "My HealtheVet secure messaging says 'not available' since the update",
    "appeal filed as Higher-Level Review on 1/9, still shows Supplemental Claim",
    "El formulario 21-526EZ no guarda el borrador después del paso 4.",
    "Ang VA.gov ay hindi nagpapakita ng aking claim status mula kahapon.",
    "Hồ sơ yêu cầu bồi thường của tôi đã ở bước 5 trong 4 tháng.",
    # medicare / social security
    "Medicare Plan Finder shows 0 plans for my ZIP 85004",
    "Part D late enrollment penalty calculator gives 1% per month, the letter says more",
    "my Social Security statement shows no earnings for 2021",
    "COLA increase of 2.5% not reflected in the January payment",
    "the SSA-1099 download button leads to a blank page",
    "SSI payment came on the 31st instead of the 1st, is that normal?",
    "Medicare Summary Notice for claims in Q2 is missing from the account",
    "Extra Help application step 6 of 9 crashes on submit",
    "the benefit calculator says full retirement age is 67, the PDF says 66 and 10 months",
    "appointment at the field office on Martin Luther King Jr. Day? the office is closed",
    "Medicare Part B premium listed as $174.70 in one place and $185.00 in another",
    "form SSA-827 link is broken on the disability page",
    "the replacement card page says 'try again later' error code 4003",
    "IRMAA appeal form SSA-44 is not fillable in the browser",
    "open enrollment ends December 7, but the banner says December 15",
    "the Medicare card order page asks for the mailing address twice",
    "Johns Hopkins Hospital isn't listed as in network in the Plan Finder but it is",
    "the Mayo Clinic shows as 12 miles away, it's in another state",
    "disability application status says 'at DDS' for 5 months",
    "Ticket to Work page has the old program name",
    "El buscador de planes de Medicare no muestra nada para el código postal 78501.",
    "Mi cheque de Seguro Social llegó con $43 menos este mes.",
    "联邦医疗保险的网页中文翻译不完整，第3页还是英文。",
    "Trang Medicare tiếng Việt bị lỗi font chữ.",
    "메디케어 플랜 비교 페이지가 모바일에서 안 열립니다.",
    "Страница пенсионного калькулятора не открывается в Firefox 115.",
    "صفحة ميديكير باللغة العربية لا تعمل",
    # passports
    "passport status says 'In Process' for 9 weeks, routine service was 6-8",
    "the online renewal pilot closed before I could pay the $130",
    "DS-82 PDF form won't save in Acrobat Reader 2024",
    "expedited fee is $60 but the page charged $81.25 with 1-2 day delivery",
    "appointment at the Los Angeles Passport Agency not available for 30 days",
    "the photo tool rejects every picture, says 'shadows detected'",
    "DS-11 checklist doesn't say whether a REAL ID is enough",
    "passport card vs book comparison table is confusing",
    "status lookup requires the application locator number but my receipt only has a barcode",
    "I mailed the DS-64 on May 3, is there a way to check it was received?",
    "the travel advisory page for Mexico shows Level 2 and Level 3 at once",
    "STEP enrollment page won't accept dates after 2030",
    "the acceptance facility search returns post offices that closed in 2022",
    "Mi solicitud de pasaporte dice 'recibida' desde hace 10 semanas.",
    "护照续签网页显示错误代码 504。",
    "Le site des passeports affiche une erreur 502 depuis ce matin.",
    "Status paspò m lan di 'In Process' depi 8 semèn.",
    # DMV
    "REAL ID appointment slots at the downtown office are booked through August",
    "registration renewal fee $78.50 but the sticker says $72",
    "the knowledge test practice page has question 14 with no right answer",
    "DMV online title transfer error 'VIN not found' for a 2015 Honda Civic",
    "smog check certificate not showing after 5 business days",
    "the vehicle registration page asks for the plate in all caps",
    "road test scheduling only offers slots 60 miles away",
    "online license renewal needs a vision test, where do I submit it?",
    "the REAL ID document checklist lists 2 proofs of residency, the PDF lists 3",
    "Toll violation notice T-20240311-88 for a car I sold",
    "disabled parking placard renewal form page 2 is blank",
    "the Kelley Blue Book value used for sales tax seems wrong",
    "La cita para la licencia REAL ID no se puede cambiar en línea.",
    "车辆登记续期页面无法付款，显示错误 0x2F。",
    "Trang gia hạn bằng lái báo lỗi sau bước 2.",
    "운전면허 갱신 예약 페이지가 계속 로딩 중입니다.",
    # student aid
    "FAFSA for 2025-26 submission summary shows SAI of -1500, is that correct?",
    "the contributor invitation email never arrived, step 2 of the FAFSA",
    "Pell Grant amount shown as $7,395 but the school offered less",
    "PSLF form generator says employer EIN not found for a public school",
    "loan simulator shows 240 payments left under SAVE, the servicer says 300",
    "income-driven repayment application stuck 'in review' since November",
    "the FAFSA IRS data transfer failed with code 9 on the consent step",
    "Federal School Code lookup for Howard University returns two codes",
    "student loan forgiveness tracker shows 97 of 120 qualifying payments",
    "the studentaid.gov dashboard lists a loan I paid off in 2019",
    "entrance counseling quiz question 7 has no correct option",
    "the Aid Summary page says $0 disbursed for spring, the school says $2,800",
    "Stafford loan interest rate table hasn't been updated for 2024-25",
    "El FAFSA en español se cambia a inglés en la sección 4.",
    "Ang FAFSA ay hindi ma-submit, lumalabas ang error 500.",
    "FAFSA 中文说明页面链接失效。",
    # disaster help
    "DisasterAssistance.gov application status 'pending inspection' for 3 weeks",
    "FEMA registration says 'duplicate' even though I only applied once",
    "the appeal letter template is missing from the documents section",
    "inspection scheduled for Tuesday 10am, nobody came",
    "Hurricane Ian assistance deadline on the page is wrong",
    "the SBA disaster loan portal says error 'DL-440' on upload",
    "critical needs assistance of $750 approved, no deposit yet",
    "shelter search map shows locations in the wrong county",
    "the flood map for zone AE doesn't load on mobile",
    "the rental assistance notice says 2 months but the award is for 1",
    "Disaster declaration DR-4673 not listed in the dropdown",
    "La solicitud de FEMA dice 'inelegible' sin explicar el motivo.",
    "Aplikasyon FEMA mwen an di 'pending' depi 4 semèn.",
    "FEMA 申请页面的中文版本无法提交。",
    # housing
    "Section 8 waitlist portal says 'closed' but the news says it opened on the 1st",
    "HUD Form 52675 link opens a scanned image instead of a fillable PDF",
    "the fair market rent table for 2-bedroom units shows 2023 values",
    "recertification upload accepts only 5 files",
    "the housing counselor search returns agencies 200 miles away",
    "emergency rental assistance application #ERA-2024-118 still pending",
    "the HUD complaint form Form 903 times out after 20 minutes",
    "Public housing inspection score 62 out of 100 listed for the wrong building",
    "FHA loan limits page for my county says $498,257",
    "utility allowance schedule PDF is unreadable on phones",
    "La lista de espera de la Sección 8 no carga en español.",
    "Trang đăng ký nhà ở công cộng báo lỗi khi tải tài liệu.",
    "공공주택 신청 양식이 5단계에서 멈춥니다.",
    "Ang pahina ng Section 8 ay laging nag-eerror sa hakbang 3.",
    # general site issues, all services
    "the page https://www.example.gov/benefits/apply?lang=es&step=2 shows English text",
    "search box on the home page returns results from 2017",
    "Login.gov two factor code expired before it arrived, took 11 minutes",
    "the chat bot answered about passports when I asked about taxes",
    "PDF forms don't open on Android 14, download says 'file corrupted'",
    "font too small on the confirmation page, can't zoom on iPad",
    "the 'Print' button prints 14 blank pages",
    "it took 45 minutes to fill the form and then the session expired",
    "please add a save-and-continue option, the form is 12 pages",
    "dark mode makes the required field asterisks invisible",
    "screen reader (NVDA 2024.1) skips the radio buttons on step 2",
    "the captcha audio option is in English only",
    "the survey popup appears every time I click Next",
    "accessibility: the error messages aren't announced by VoiceOver",
    "page load takes 30+ seconds on rural internet (3 Mbps)",
    "the contact us page says to call the help line but lists no hours",
    "the map of field offices shows the Lincoln Memorial as an office?",
    "Washington Monument photo on the home page is broken",
    "link to 'Forms & Publications' goes to a page that says Page Not Found",
    "version 2.14.3 of the app keeps asking me to update",
    "after the 4/1 outage my saved draft is gone",
    "great service, renewal was done in 10 minutes, thank you!",
    "very helpful, the step by step guide made it easy",
    "the FAQ answer #23 contradicts FAQ #7",
    "Mobile app rating: 2 stars, login fails 1 in 3 times",
    "the office at the Thomas Jefferson Building entrance was closed",
    "Why are there 3 different logins for 3 agencies?",
    "the deadline countdown says 0 days but it's due tomorrow",
    "the form auto-capitalizes everything I type",
    "Explorer-era layout, please modernize, but thanks for the info",
    "the language selector resets to English on every page",
    "the time shown is in Eastern time, I'm in Hawaii (UTC-10)",
    "the upload limit of 10 MB is too small for a scanned 40 page document",
    "the progress bar says 110% complete",
    "the help article was last updated 06/2019",
    "Chrome 123 on Windows 11 shows a blank white screen after login",
    "When I press back the whole form resets",
    "the 'Estimated wait time: 2 hours' on the chat is too long",
    "the sitemap link in the footer is dead",
    "good information about the George Washington Bridge toll discounts",
    "the PDF guide for Smithsonian museum passes has the wrong hours",
    "I can't find where to upload the supporting documents, the button isn't visible under 1280px wide",
    "the page title says 'undefined' in the browser tab",
    "the cookie banner blocks the submit button on small screens",
    "thanks, found what I needed in under 5 minutes",
    "El sitio se cierra solo después de 10 minutos sin avisar.",
    "La traducción al español tiene errores en el paso 3.",
    "Excelente servicio, muy rápido.",
    "网站在手机上显示不正常，按钮太小。",
    "Trang web rất chậm vào buổi tối.",
    "사이트가 너무 느려요. 페이지 로딩이 30초 이상 걸립니다.",
    "Mabagal ang website tuwing gabi.",
    "Сайт не работает на телефоне, кнопка «Далее» не нажимается.",
    "الموقع بطيء جداً ولا يعمل على الهاتف",
    "Le site est très lent et la traduction française est incomplète.",
    "Sit la twò dousman, tanpri amelyore l.",
    "O site não funciona no celular, o botão 'Enviar' não aparece.",
    # more service-specific, with identifiers that are not personal
    "ticket #SR-4471829 was closed without a reply",
    "confirmation code XK7-22P-9QL didn't come in the email",
    "Reference number 2024-0311-7781 for my inquiry, no answer after 30 days",
    "form SF-86 e-QIP session timed out while on section 13A",
    "the OPM retirement calculator shows a 1.1% multiplier, should be 1.0%",
    "SF-50 download from the employee portal is blank",
    "Form W-7 instructions mention Acceptance Agents but the locator map is empty",
    "Form 941 for Q1 2024 shows the wrong deposit schedule",
    "the 1099-NEC filing portal (IRIS) rejected my batch with error 'TIN format'",
    "Notice CP575 PDF is missing page 2",
    "CP09 says I may qualify for EITC, the worksheet link is broken",
    "Letter 12C asks for Form 8962, I already sent it on 3/15",
    "the I-94 website says no record found for my entry on 05/28",
    "Global Entry interview at the airport enrollment center — 8 months wait",
    "TSA PreCheck renewal page charges $78 and the FAQ says $70",
    "ESTA application fee of $21 charged twice, authorization number ends with 7Q",
    "Trusted Traveler Programs site down with error 'TTP-0004'",
    "USPS Informed Delivery didn't show my passport envelope",
    "Form I-9 section 2 instructions don't mention remote verification",
    "E-Verify case result 'Tentative Nonconfirmation' — what does the code TNC-2 mean",
    "VA Form 22-1990 submitted, confirmation V-EBC-9921 but no letter",
    "the VA Form 26-1880 online request for the COE froze",
    "Army Career Tracker link on the transition page is outdated",
    "Medicare Part A deductible is $1,632 per benefit period per the page, $1,676 per the PDF",
    "Form CMS-40B link goes to the Spanish version",
    "Form SSA-561 reconsideration page asks for a claim type that isn't in the list",
    "SSA field office on Peachtree St closed early at 2:30 PM on a Tuesday",
    "the Medicare Advantage star ratings show 4.5 stars and 3 stars for the same plan",
    "passport processing times page updated on 01/10 still shows 8-11 weeks",
    "the DS-5504 eligibility wizard says I'm not eligible after 1 year, the rule is 1 year",
    "FEMA IA program: maximum grant listed as $42,500, my letter says $43,600",
    "HUD-1 settlement statement sample link is broken",
    "the Housing Choice Voucher payment standard for 3BR is $2,140, is that current?",
    "FAFSA help center article 360012345 loads forever",
    "the Parent PLUS credit check result page says error 'PLUS-12'",
    "DMV case number DMV-24-0098731 for my title issue, no update in 6 weeks",
    "REAL ID star is missing on the card I received, the receipt shows class D",
    "the vehicle registration sticker says 03/25 but I paid for 2 years",
    "Form DS-2029 (CRBA) instructions say original documents, but the embassy page says copies",
    "Step 4 of 7: 'Upload evidence' — the Browse button does nothing in Firefox",
    "The case status email for WAC2390012345 links to the old site",
    "the filing fee calculator says $710 for the N-400, the fee schedule says $760 paper",
    "US Citizenship Test practice app lists 100 questions, the new test has 128",
    "Yellowstone National Park pass purchase page declined every card type",
    "Mount Rushmore visitor center hours page is wrong on holidays",
    "Veterans Day (November 11) is missing from the office closing list",
    "the Presidents' Day closure notice says Feb 19, it's Feb 17 this year",
    "Tax Day is April 15 but the countdown says April 18",
    "the Walter Reed National Military Medical Center parking info is outdated",
    "the Kennedy Space Center visitor pass link is on the wrong page",
    "El número de caso IOE0934567812 no aparece en mi cuenta.",
    "La carta CP14 dice que debo $57.30, pero ya pagué.",
    "我的案件号 EAC2398765432 在网上查不到。",
    "Mã xác nhận đặt lịch của tôi là 7HK-229 nhưng hệ thống báo không tồn tại.",
    "Ang confirmation code na 4PZ-88K ay hindi gumagana.",
    "Номер обращения SR-2024-55123, ответа нет уже месяц.",
    "Nimewo dosye FEMA a pa parèt sou sit la, erè 500.",
]
