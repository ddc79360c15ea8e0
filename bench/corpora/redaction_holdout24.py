# ruff: noqa: RUF001
"""Twenty-fourth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites, as written
by people using a state benefits portal (unemployment insurance, SNAP food help, Medicaid, child care
help, cash assistance) during one ordinary week: claimants young and old, parents filing for their
kids, people helping a spouse or an elderly parent, on cracked phones and library computers, some
careful and some in a rush; each comment reports a real problem with a form, a notice or the
service and carries one or two pieces of personal data where a person would naturally put them. The
corpus was written without seeing the redaction rules (and without reading the earlier corpora) and
must not be used to tune them: it exists only to measure them.

All personal data here is invented. E-mail addresses and URLs use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; phone numbers use 555-01xx; card numbers are
published test numbers that pass the Luhn check; routing numbers pass the ABA checksum; SSNs avoid the
never-issued ranges; ITINs start with 9 and use the valid group digits; Medicare numbers follow the MBI
format. Any resemblance of a name, address or identifier to a real person is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds
ordinary comments that must be stored unchanged.

Scoring normalizes text and substrings (NFKC, then removal of Unicode category Cf characters) before
checking whether a substring survived; for CLEAN it compares the normalized original with the
normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    # a_number
    (
        "a_number",
        "The SNAP form asks for my alien number but only gives 8 boxes. Mine is A204518337, nine digits.",
        ["A204518337"],
    ),
    (
        "a_number",
        "my A# is 087-412-965 and the system says not found, i have a green card since 2016",
        ["087-412-965"],
    ),
    (
        "a_number",
        "Medicaid renewal rejected my immigration info. A-Number: A 071 334 582. Please fix.",
        ["A 071 334 582"],
    ),
    (
        "a_number",
        "uploaded my EAD card twice. USCIS # A-213-908-441 ... still says document unreadable",
        ["A-213-908-441"],
    ),
    (
        "a_number",
        "Mi número de extranjero es A098765431 y la página dice que el formato no es válido.",
        ["A098765431"],
    ),
    (
        "a_number",
        "For my husband the alien reg no. is a56102874 (8 digits, older card). The field wants 9 digits",
        ["a56102874"],
    ),
    (
        "a_number",
        "Error on step 4 'immigration status'. I typed A#201 556 790 and it froze.",
        ["A#201 556 790"],
    ),
    (
        "a_number",
        "please update my file: alien registration number A–219–340–667 (the letter said 219340667)",
        ["A–219–340–667", "219340667"],
    ),
    (
        "a_number",
        "我的A号码是A203447118，但是系统一直说我的身份无法验证。",
        ["A203447118"],
    ),
    (
        "a_number",
        "Cash assistance application: the Alien Number box cuts off the last digit. Number is 0 7 "
        "8 3 3 1 2 4 6",
        ["0 7 8 3 3 1 2 4 6"],
    ),
    (
        "a_number",
        "I'm a refugee (I-94 attached). A-No. A088 213 476. Why does it say I'm not eligible?",
        ["A088 213 476"],
    ),
    (
        "a_number",
        "Số A của tôi là A-206-115-093, trang web không chấp nhận dấu gạch ngang.",
        ["A-206-115-093"],
    ),
    (
        "a_number",
        "typo in my last message, A number is A212 09 8874 not A212 09 8847",
        ["A212 09 8874", "A212 09 8847"],
    ),
    (
        "a_number",
        "The verification page shows my daughter's USCIS number as A-0 6 1 2 2 9 8 4 0, which has "
        "an extra zero",
        ["A-0 6 1 2 2 9 8 4 0"],
    ),
    (
        "a_number",
        "Alien #: A\u00a0215\u00a0774\u00a0302\nStatus: LPR\nProblem: SAVE check keeps failing since March",
        ["A\u00a0215\u00a0774\u00a0302"],
    ),
    (
        "a_number",
        "Numéro A : A079 551 264. Le formulaire de Medicaid refuse mon statut de résident permanent.",
        ["A079 551 264"],
    ),
    (
        "a_number",
        "asylum pending, my A is 209-664-178, the drop down has no option for pending asylum",
        ["209-664-178"],
    ),
    (
        "a_number",
        "Child care help: my son has his own A number (A217\u200b443\u200b905) but the form only "
        "lets me put mine",
        ["A217\u200b443\u200b905"],
    ),
    (
        "a_number",
        "Ang A-number ko ay A201387662. Hindi ko ma-submit ang form, laging may error.",
        ["A201387662"],
    ),
    (
        "a_number",
        "When I enter A-number 07-654-3219 the page reloads and erases everything else I typed on page 3",
        ["07-654-3219"],
    ),
    (
        "a_number",
        "please note alien registration A.222.019.386 belongs to my wife Sofia, not to me",
        ["A.222.019.386"],
    ),
    (
        "a_number",
        "Мой регистрационный номер иностранца A 094 118 527, но сайт пишет «неверный номер».",
        ["A 094 118 527"],
    ),
    (
        "a_number",
        "the letter from you guys lists A-Number A20 714 0592 for me but it should end in 0529",
        ["A20 714 0592"],
    ),
    (
        "a_number",
        "I put USCIS#A086337105 on the unemployment form, is that the right place? there was no other box",
        ["A086337105"],
    ),
    (
        "a_number",
        "rqd field 'alien number' wont accept lowercase: a-218-556-049",
        ["a-218-556-049"],
    ),
    # address
    (
        "address",
        "My notices keep going to my old place. New address is 4417 Cedar Ridge Dr, Apt 2B, please update.",
        ["4417 Cedar Ridge Dr, Apt 2B"],
    ),
    (
        "address",
        "the address lookup can't find 918 N Halsted St even though USPS has it",
        ["918 N Halsted St"],
    ),
    (
        "address",
        "SNAP card was mailed to 27 Maple Ave instead of 72 Maple Ave. Neighbor gave it back luckily",
        ["27 Maple Ave", "72 Maple Ave"],
    ),
    (
        "address",
        "Mi dirección es 1502 Calle del Sol, Unidad 4, y el sistema la cambia sola a otra calle.",
        ["1502 Calle del Sol, Unidad 4"],
    ),
    (
        "address",
        "address verification failed:\n  85 Old Post Road\n  Lot 14\nIt's a mobile home park, lots are real",
        ["85 Old Post Road\n  Lot 14"],
    ),
    (
        "address",
        "I moved in with my daughter at 611 Pinecrest Lane so my household size changed, where do "
        "I report this",
        ["611 Pinecrest Lane"],
    ),
    (
        "address",
        "please send the Medicaid card to 2290 E. 14th St., Apt. 5F",
        ["2290 E. 14th St., Apt. 5F"],
    ),
    (
        "address",
        "The map on the office locator puts me in the wrong county. I live at 19 Quail Hollow Ct.",
        ["19 Quail Hollow Ct."],
    ),
    (
        "address",
        "我的新地址是 88 Mulberry Street 3楼，请帮我更新，信件一直寄到旧地址。",
        ["88 Mulberry Street 3楼"],
    ),
    (
        "address",
        "why does the address field only allow 30 characters? 12055 Northwest Cornell Road Unit "
        "210 doesn't fit",
        ["12055 Northwest Cornell Road Unit 210"],
    ),
    (
        "address",
        "home addr 506 s. magnolia blvd. (no apt #) - page keeps saying 'enter apartment number'",
        ["506 s. magnolia blvd."],
    ),
    (
        "address",
        "Địa chỉ của tôi: 7731 Bellaire Blvd Ste 9. Hệ thống báo địa chỉ không hợp lệ.",
        ["7731 Bellaire Blvd Ste 9"],
    ),
    (
        "address",
        "Correction: I wrote 140 Birch Rd but it's 1400 Birch Rd, the interview letter went astray",
        ["140 Birch Rd", "1400 Birch Rd"],
    ),
    (
        "address",
        "Child care provider address is wrong on my approval: should be 63 Willow Creek Way, not my house",
        ["63 Willow Creek Way"],
    ),
    (
        "address",
        "rural route, no street number. the form requires one. my address is RR 2 Box 145, what do i do",
        ["RR 2 Box 145"],
    ),
    (
        "address",
        "Lives at: 2701\u00a0Peachtree\u00a0Rd\u00a0NE, Apt 1203 — the autocomplete drops the NE every time",
        ["2701\u00a0Peachtree\u00a0Rd\u00a0NE, Apt 1203"],
    ),
    (
        "address",
        "I am homeless right now but I get mail at my sister's, 330 Delancey Street Apt 6. Is "
        "that okay to use?",
        ["330 Delancey Street Apt 6"],
    ),
    (
        "address",
        "Adresse : 45 rue Jefferson, app. 3 — le formulaire n'accepte pas les accents dans le nom de rue",
        ["45 rue Jefferson, app. 3"],
    ),
    (
        "address",
        "the dropdown for street suffix has no 'Terrace'. we are at 1188 Harbor View Terrace",
        ["1188 Harbor View Terrace"],
    ),
    (
        "address",
        "Mailing and physical are different: mailing is 9 Commerce Plaza Suite 300 (my work), "
        "physical is the same zip",
        ["9 Commerce Plaza Suite 300"],
    ),
    (
        "address",
        "unemployment says my employer is at 2200 Industrial Pkwy but I never worked there, wrong employer?",
        ["2200 Industrial Pkwy"],
    ),
    (
        "address",
        "Sa 5120 Kalihi St. ako nakatira ngayon, pero sa lumang address pa rin pinapadala ang sulat.",
        ["5120 Kalihi St."],
    ),
    (
        "address",
        "moved!! 17B Jackson Heights Blvd 2nd fl. the change of address page gives error 500",
        ["17B Jackson Heights Blvd 2nd fl"],
    ),
    (
        "address",
        "The renewal packet pre-filled '401 Oakwood Avenue Apt 3' but that apartment number is my "
        "old one. Now Apt 7.",
        ["401 Oakwood Avenue Apt 3"],
    ),
    (
        "address",
        "Мой адрес 2675 Ocean Pkwy, кв. 4D. Письма не доходят уже два месяца.",
        ["2675 Ocean Pkwy, кв. 4D"],
    ),
    # bank
    (
        "bank",
        "Direct deposit set up wrong. Routing 021000021, account 4481 2290 7731. My UI payment bounced.",
        ["021000021", "4481 2290 7731"],
    ),
    (
        "bank",
        "i changed my bank but the portal still shows acct ending old. new acct # 000123456789",
        ["000123456789"],
    ),
    (
        "bank",
        "The direct deposit form says my routing number 122000661 is invalid. It's Bank of the "
        "West, it IS valid.",
        ["122000661"],
    ),
    (
        "bank",
        "Mi cuenta de banco es 7730019284 y el número de ruta 111000025. Quiero recibir el pago "
        "por depósito.",
        ["7730019284", "111000025"],
    ),
    (
        "bank",
        "Checking acct: 3920-118-4476\nRouting: 063100277\nPlease switch me off the debit card.",
        ["3920-118-4476", "063100277"],
    ),
    (
        "bank",
        "payment went to closed account 55021873. I updated it in May to my credit union account",
        ["55021873"],
    ),
    (
        "bank",
        "routing no. 0 7 1 0 0 0 0 1 3 — the box keeps adding a space and then rejecting it",
        ["0 7 1 0 0 0 0 1 3"],
    ),
    (
        "bank",
        "I typed my account number wrong, it should be 9100 2274 5518 not 9100 2247 5518. How do "
        "I fix before Friday?",
        ["9100 2274 5518", "9100 2247 5518"],
    ),
    (
        "bank",
        "银行账号 6217003810029431，路由号 026009593。为什么直接存款还没有生效？",
        ["6217003810029431", "026009593"],
    ),
    (
        "bank",
        "The confirmation page shows the last 4 of my account (8812) but then the full number "
        "000004471188812 in the pdf!",
        ["000004471188812"],
    ),
    (
        "bank",
        "savings account 1029384756 at my credit union (ABA 322271627) - the form only allows checking",
        ["1029384756", "322271627"],
    ),
    (
        "bank",
        "my wife's account is where the cash assistance should go: acct#:  88-0041-7762-3",
        ["88-0041-7762-3"],
    ),
    (
        "bank",
        "Số tài khoản ngân hàng: 2039 4481 0076, số định tuyến 121000358. Tôi chưa nhận được tiền.",
        ["2039 4481 0076", "121000358"],
    ),
    (
        "bank",
        "When I enter routing number 044000037 the bank name shows up as a bank in another state",
        ["044000037"],
    ),
    (
        "bank",
        "Deposit reversed per my bank. Account No. 6650\u00a0213\u00a0889\u00a01 — please check "
        "what you sent.",
        ["6650\u00a0213\u00a0889\u00a01"],
    ),
    (
        "bank",
        "pls stop the direct deposit to acct 31100498 (routing 053000196), it was hacked",
        ["31100498", "053000196"],
    ),
    (
        "bank",
        "Numéro de compte 0047739102, numéro d'acheminement 091000019 : le site dit « compte introuvable »",
        ["0047739102", "091000019"],
    ),
    (
        "bank",
        "For child care payments to my provider the form wants her bank info?? Her account is "
        "4400981275. Is this right",
        ["4400981275"],
    ),
    (
        "bank",
        "RTN 101000187 / DDA 2288331047. I copied straight from my check and it still errors",
        ["101000187", "2288331047"],
    ),
    (
        "bank",
        "The prepaid card account number 5180 0293 771 got locked after I changed my PIN",
        ["5180 0293 771"],
    ),
    (
        "bank",
        "meu número da conta é 21-774093-5 e a agência/routing 081000210, o pagamento não caiu",
        ["21-774093-5", "081000210"],
    ),
    (
        "bank",
        "account number entry field masks the digits so I can't see typos. I entered "
        "773.004.1192, is that saved?",
        ["773.004.1192"],
    ),
    (
        "bank",
        "Hi, the 1099-G shows payments to account ****6604 but my real account is 0910056604 — "
        "fine, just confirming it's mine",
        ["0910056604"],
    ),
    (
        "bank",
        "direct deposit form: routing 073000228 account 61 2057 3390 -- got 'error 17' twice",
        ["073000228", "61 2057 3390"],
    ),
    (
        "bank",
        "رقم حسابي البنكي 8830027146 ورقم التوجيه 102001017، لم يصلني الدفع حتى الآن",
        ["8830027146", "102001017"],
    ),
    # card
    (
        "card",
        "Tried to pay the overpayment with my Visa 4111 1111 1111 1111 and it was declined, card is fine",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "the payment page saved my card number 5555555555554444 in plain text on the receipt!",
        ["5555555555554444"],
    ),
    (
        "card",
        "Card: 3782-822463-10005 exp 08/27. Overpayment page says AMEX not accepted but the FAQ says it is",
        ["3782-822463-10005"],
    ),
    (
        "card",
        "Pagué con la tarjeta 4012 8888 8888 1881 pero no aparece el pago en mi cuenta.",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "I was charged twice on 6011-1111-1111-1117 for the same repayment, ref number on the "
        "receipt is RP-20931",
        ["6011-1111-1111-1117"],
    ),
    (
        "card",
        "my debit card 5105 1051 0510 5100 works everywhere except your site",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "The card field only takes 16 digits so my 15 digit amex 371449635398431 gets an error",
        ["371449635398431"],
    ),
    (
        "card",
        "我用信用卡 4242 4242 4242 4242 付款，但是页面显示错误代码 402。",
        ["4242 4242 4242 4242"],
    ),
    (
        "card",
        "entered card 4000056655665556 then realized wrong card. please delete it from my profile",
        ["4000056655665556"],
    ),
    (
        "card",
        "Payment failed. Card number: 5200 8282 8282 8210\nName on card matches. Zip matches.",
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        "Thẻ của tôi là 3566 0020 2036 0505 (JCB). Trang thanh toán không nhận loại thẻ này.",
        ["3566 0020 2036 0505"],
    ),
    (
        "card",
        "refund of repayment should go back to card ending 9424, full number 6011000990139424, not by check",
        ["6011000990139424"],
    ),
    (
        "card",
        "the autofill put my card 2223 0031 2200 3222 into the 'case number' box and then submitted it???",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "Diners card 3056 930902 5904 not accepted, only visa/mc. Please add more options",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "Visa\u00a04000\u00a00025\u00a00000\u00a03155 asks for 3D secure then the window closes on my phone",
        ["4000\u00a00025\u00a00000\u00a03155"],
    ),
    (
        "card",
        "My mother paid for me with her Mastercard 5425-2334-3010-9903 — will that count as my payment?",
        ["5425-2334-3010-9903"],
    ),
    (
        "card",
        "Le paiement avec la carte 4000 0000 0000 3220 a échoué, message « authentification requise ».",
        ["4000 0000 0000 3220"],
    ),
    (
        "card",
        "typo: card is 2222 4200 0000 1113 (earlier i pasted my other card 4000 0000 0000 0077 by "
        "mistake, sorry)",
        ["2222 4200 0000 1113", "4000 0000 0000 0077"],
    ),
    (
        "card",
        "the EBT replacement page asked for a credit card for shipping?? I put 4917484589897107, "
        "was that a scam",
        ["4917484589897107"],
    ),
    (
        "card",
        "cc# 3530111333300000 exp 11/26 cvv not shown. Got 'processing error, try again later' 3 times",
        ["3530111333300000"],
    ),
    (
        "card",
        "Paid the copay online with card 6200 0000 0000 0005 but the Medicaid office says unpaid",
        ["6200 0000 0000 0005"],
    ),
    (
        "card",
        "Номер карты 4444 3333 2222 1111 — списали деньги, а на сайте оплата не отображается.",
        ["4444 3333 2222 1111"],
    ),
    (
        "card",
        "card no 5454-5454-5454-5454 declined at step 3 of 3, bank says no attempt reached them",
        ["5454-5454-5454-5454"],
    ),
    (
        "card",
        "My receipt email shows 'card 4007000000027' — that is the full card number, not masked. "
        "Privacy problem",
        ["4007000000027"],
    ),
    (
        "card",
        "amex 3787 344936 71000 keeps failing address check, my billing zip is right",
        ["3787 344936 71000"],
    ),
    # dob
    (
        "dob",
        "The system has my birthday as 03/14/1987 but it's 03/41... no sorry, it's 04/13/1987. "
        "Please correct.",
        ["03/14/1987", "04/13/1987"],
    ),
    (
        "dob",
        "my son was born 11-02-2019 and the child care form says he is too old for infant rate",
        ["11-02-2019"],
    ),
    (
        "dob",
        "DOB: 1962-07-30. Medicaid says I'm not 60 yet and I am 62.",
        ["1962-07-30"],
    ),
    (
        "dob",
        "Fecha de nacimiento: 22/05/1979. El sistema la lee como mes 22 y me da error.",
        ["22/05/1979"],
    ),
    (
        "dob",
        "identity check failed because I was born on February 29, 1996 and the calendar won't let "
        "me pick the 29th",
        ["February 29, 1996"],
    ),
    (
        "dob",
        "date of birth field only goes back to 1940, my mother's birth date is 9/8/1937",
        ["9/8/1937"],
    ),
    (
        "dob",
        "pls fix, I'm born 12.31.2001 not 01.12.2001, the age on my SNAP notice is wrong",
        ["12.31.2001", "01.12.2001"],
    ),
    (
        "dob",
        "出生日期：1990年6月18日。网站把我的生日显示成了1月1日。",
        ["1990年6月18日"],
    ),
    (
        "dob",
        "My daughter (born Aug 3 2015) was dropped from our case with no letter",
        ["Aug 3 2015"],
    ),
    (
        "dob",
        "unemployment ID verification keeps saying DOB mismatch. I enter 07/04/1970 exactly as on my license",
        ["07/04/1970"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 15/10/1984, nhưng trang web ghi là 10/15/1948.",
        ["15/10/1984", "10/15/1948"],
    ),
    (
        "dob",
        "birthdate\u00a0\u00a05 January 1958 — typed it every way I can think of, still 'invalid date'",
        ["5 January 1958"],
    ),
    (
        "dob",
        "The baby was born 2024-01-09 and I need to add her to the household. No option for 'newborn'?",
        ["2024-01-09"],
    ),
    (
        "dob",
        "I put my husband's date of birth as 3/3/75 by mistake, it should be 3/5/75",
        ["3/3/75", "3/5/75"],
    ),
    (
        "dob",
        "생년월일 1988.09.27 을 입력하면 계속 오류가 납니다.",
        ["1988.09.27"],
    ),
    (
        "dob",
        "Hi, on the renewal it asks 'date of birth of applicant' — mine is Oct. 21st, 1966. Does "
        "the format matter?",
        ["Oct. 21st, 1966"],
    ),
    (
        "dob",
        "d.o.b 06171992 (no slashes because the field wont take them on my phone)",
        ["06171992"],
    ),
    (
        "dob",
        "Petsa ng kapanganakan: Marso 12, 1981. Mali ang edad na nakalagay sa sulat.",
        ["Marso 12, 1981"],
    ),
    (
        "dob",
        "the form auto-fills my birthday as 1/1/1900. real one: 8/19/1953",
        ["8/19/1953"],
    ),
    (
        "dob",
        "Date de naissance : 14 juillet 1989. Le site m'a demandé trois fois de la confirmer.",
        ["14 juillet 1989"],
    ),
    (
        "dob",
        "my twins were born 4/30/2020 but only one of them shows on the approval notice",
        ["4/30/2020"],
    ),
    (
        "dob",
        "Born: 1979/11/06\nInterview date: 6/12 at 10am\nI can't attend, how do I reschedule?",
        ["1979/11/06"],
    ),
    (
        "dob",
        "Дата рождения 02.03.1968, а в личном кабинете написано 03.02.1968. Исправьте, пожалуйста.",
        ["02.03.1968", "03.02.1968"],
    ),
    (
        "dob",
        "the age check says my grandson isnt a minor, his bday is December 2nd 2008 so he is 16",
        ["December 2nd 2008"],
    ),
    (
        "dob",
        "Medicare age question. I'll be 65 soon, DOB 5-27-1960, do I have to leave Medicaid?",
        ["5-27-1960"],
    ),
    # email
    (
        "email",
        "please send the interview letter to maria.gonzalez84@example.com, I don't get mail reliably",
        ["maria.gonzalez84@example.com"],
    ),
    (
        "email",
        "Changed my email to t.nguyen+snap@example.net but codes still go to the old one",
        ["t.nguyen+snap@example.net"],
    ),
    (
        "email",
        "Mi correo es rosa_herrera@example.org, no me llega el código de verificación.",
        ["rosa_herrera@example.org"],
    ),
    (
        "email",
        "typo in my email!! I put dwayne.jacksn@example.com, it should be dwayne.jackson@example.com",
        ["dwayne.jacksn@example.com", "dwayne.jackson@example.com"],
    ),
    (
        "email",
        "The login page says 'user not found' for KWAME.ASANTE@EXAMPLE.COM but I registered last week",
        ["KWAME.ASANTE@EXAMPLE.COM"],
    ),
    (
        "email",
        "contact me at lindsay dot p dot moore at example dot net, your form keeps rejecting my address",
        ["lindsay dot p dot moore at example dot net"],
    ),
    (
        "email",
        "我的邮箱是 wang.xiulan1970@example.com，密码重置邮件收不到。",
        ["wang.xiulan1970@example.com"],
    ),
    (
        "email",
        "email: jb-okafor@mail.example.org\nissue: the upload button does nothing in Safari",
        ["jb-okafor@mail.example.org"],
    ),
    (
        "email",
        "My case worker told me to write to you. My e-mail is   hpatel_1999@example.com  (please "
        "don't share)",
        ["hpatel_1999@example.com"],
    ),
    (
        "email",
        "Địa chỉ email của tôi: lananh.tran@example.net. Tôi không đăng nhập được.",
        ["lananh.tran@example.net"],
    ),
    (
        "email",
        "The notification emails go to spam. They come from the portal to me "
        "(sgreenwood@example.com) with no subject",
        ["sgreenwood@example.com"],
    ),
    (
        "email",
        "account recovery email is my son's (marcus.w.bell@example.org) since i dont have one. "
        "can he get the codes?",
        ["marcus.w.bell@example.org"],
    ),
    (
        "email",
        "Veuillez m'écrire à claire.dubois@example.fr.example.com — je n'ai pas reçu l'avis de décision.",
        ["claire.dubois@example.fr.example.com"],
    ),
    (
        "email",
        "email field says invalid for o'brien.kathleen@example.com, apostrophes are allowed in emails!",
        ["o'brien.kathleen@example.com"],
    ),
    (
        "email",
        "reply-to: <fatima.alsayed@example.net> thanks",
        ["fatima.alsayed@example.net"],
    ),
    (
        "email",
        "I get an error 'email already in use' for jrodriguez@example.com but I never made an "
        "account. someone else did??",
        ["jrodriguez@example.com"],
    ),
    (
        "email",
        "이메일 주소 minjun.kim88@example.org 로 인증 코드를 보내주세요.",
        ["minjun.kim88@example.org"],
    ),
    (
        "email",
        "Send the Medicaid renewal to my daughter instead: beth\u200b.carlisle@example.com",
        ["beth\u200b.carlisle@example.com"],
    ),
    (
        "email",
        "Gusto kong palitan ang email ko sa ana.reyes.ph@example.com kasi hindi ko na magamit ang luma.",
        ["ana.reyes.ph@example.com"],
    ),
    (
        "email",
        "the confirmation said it was sent to bigmike_1962@example.net. nothing in inbox or junk",
        ["bigmike_1962@example.net"],
    ),
    (
        "email",
        "Unemployment weekly cert: can't log in. Username/email Priya.Raman@Example.Com. Reset "
        "link expired instantly",
        ["Priya.Raman@Example.Com"],
    ),
    (
        "email",
        "Мой e-mail: ivan.petrov77@example.com. Письмо с подтверждением не приходит.",
        ["ivan.petrov77@example.com"],
    ),
    (
        "email",
        "why do I need an email to apply for SNAP?? fine use grandmabetty@example.org",
        ["grandmabetty@example.org"],
    ),
    (
        "email",
        "Email updated from d.harris@example.com to dharris.work@example.com on 5/2 but letters "
        "show the old one",
        ["d.harris@example.com", "dharris.work@example.com"],
    ),
    (
        "email",
        "Imel mwen se jeanpierre.louis@example.net, mwen pa resevwa kòd la.",
        ["jeanpierre.louis@example.net"],
    ),
    # ip
    (
        "ip",
        "Got blocked as 'suspicious activity'. My IP is 203.0.113.45, I'm at home not abroad",
        ["203.0.113.45"],
    ),
    (
        "ip",
        "the site says my IP 198.51.100.23 is outside the US. I'm in Ohio, on my regular internet",
        ["198.51.100.23"],
    ),
    (
        "ip",
        "Access denied (ref 18.a3f2) from 192.0.2.117 — happens only on my home wifi",
        ["192.0.2.117"],
    ),
    (
        "ip",
        "Mi dirección IP es 203.0.113.9 y el portal me bloqueó después de 3 intentos.",
        ["203.0.113.9"],
    ),
    (
        "ip",
        "error page showed: client 2001:db8:85a3::8a2e:370:7334 rate limited. I only tried twice",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "library computer, IP 198.51.100.201, the upload keeps timing out on the ID document",
        ["198.51.100.201"],
    ),
    (
        "ip",
        "You locked my account for login from 192.0.2.56 — that's my phone's hotspot, it's me",
        ["192.0.2.56"],
    ),
    (
        "ip",
        "我的IP地址是 203.0.113.188，一直显示“访问被拒绝”。",
        ["203.0.113.188"],
    ),
    (
        "ip",
        "The security email listed a sign in from 198.51.100.77 and from 203.0.113.140, only the "
        "first is mine",
        ["198.51.100.77", "203.0.113.140"],
    ),
    (
        "ip",
        "blocked. ip = 2001:DB8:0:0:1::1f . using verizon at home",
        ["2001:DB8:0:0:1::1f"],
    ),
    (
        "ip",
        "Địa chỉ IP của tôi 192.0.2.14 bị chặn khi tôi nộp đơn xin trợ cấp thất nghiệp.",
        ["192.0.2.14"],
    ),
    (
        "ip",
        "It told me to give you this: Your IP: 198.51.100.5 / Ray ID 7d2f9a. Please unblock",
        ["198.51.100.5"],
    ),
    (
        "ip",
        "Weekly claim says 'duplicate session from 203.0.113.66'. My husband and I share the "
        "wifi, separate claims",
        ["203.0.113.66"],
    ),
    (
        "ip",
        "vpn off, still blocked, whatismyip shows 192.0.2.203",
        ["192.0.2.203"],
    ),
    (
        "ip",
        "Mon adresse IP (2001:db8:4f1c:12::7) est considérée comme étrangère, pourtant je suis à Boston.",
        ["2001:db8:4f1c:12::7"],
    ),
    (
        "ip",
        "The fraud hold letter says my claim was filed from 198.51.100.144 — I have never used that address",
        ["198.51.100.144"],
    ),
    (
        "ip",
        "Getting 403 Forbidden.\nIP: 203.0.113.251\nBrowser: Chrome 126\nTime: around 8pm",
        ["203.0.113.251"],
    ),
    (
        "ip",
        "my ip address  192.0.2.88  is on some blocklist according to your error page, can you remove it",
        ["192.0.2.88"],
    ),
    (
        "ip",
        "IP ko ay 198.51.100.36, naka-block daw ako. Wala naman akong ginagawang masama.",
        ["198.51.100.36"],
    ),
    (
        "ip",
        "At work so I used their network, ip 203.0.113.7, and now my account says 'locked for security'",
        ["203.0.113.7"],
    ),
    (
        "ip",
        "IPv6 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1 gets captcha loop forever on SNAP app",
        ["2001:db8:aaaa:bbbb:cccc:dddd:eeee:1"],
    ),
    (
        "ip",
        "Ваш сайт заблокировал мой IP 192.0.2.161. Я подаю на пособие по безработице.",
        ["192.0.2.161"],
    ),
    (
        "ip",
        "the page says 'request from 198.51.100.99 denied' every time I click Submit on the child care form",
        ["198.51.100.99"],
    ),
    (
        "ip",
        "Home internet, static IP 203.0.113.120. The identity verification vendor rejects it as a proxy",
        ["203.0.113.120"],
    ),
    (
        "ip",
        "logged in from 192.0.2.30 this morning (me) but the account activity also lists "
        "192.0.2.31 which is not me",
        ["192.0.2.30", "192.0.2.31"],
    ),
    # itin_ein
    (
        "itin_ein",
        "I don't have an SSN, I have ITIN 912-78-4431. The SNAP form says SSN required for everyone",
        ["912-78-4431"],
    ),
    (
        "itin_ein",
        "Mi ITIN es 931 84 2207, ¿puedo usarlo para la solicitud de cuidado infantil?",
        ["931 84 2207"],
    ),
    (
        "itin_ein",
        "Employer EIN on my wage screen is wrong: shows 45-2917736 but my employer's is 45-2917763",
        ["45-2917736", "45-2917763"],
    ),
    (
        "itin_ein",
        "self employed, EIN 27-1048823, the income page doesn't have a place for business income",
        ["27-1048823"],
    ),
    (
        "itin_ein",
        "ITIN: 9 5 0 - 7 2 - 6 6 1 8 — field rejects it as an invalid SSN",
        ["9 5 0 - 7 2 - 6 6 1 8"],
    ),
    (
        "itin_ein",
        "my husband's itin 977883012 expired, we renewed it, how to update in Medicaid?",
        ["977883012"],
    ),
    (
        "itin_ein",
        "The child care provider's tax ID (EIN 83-0417259) is needed for my receipts, it's not "
        "showing on the approval",
        ["83-0417259"],
    ),
    (
        "itin_ein",
        "我用的是ITIN号码 924-91-5537，网站不接受以9开头的号码。",
        ["924-91-5537"],
    ),
    (
        "itin_ein",
        "Unemployment claim: my last employer was ABC Cleaning, Fed ID #: 61-1853042. They're not "
        "in your list",
        ["61-1853042"],
    ),
    (
        "itin_ein",
        "Tôi dùng số ITIN 966-70-3318 thay cho số an sinh xã hội. Trang web báo lỗi.",
        ["966-70-3318"],
    ),
    (
        "itin_ein",
        "typed my ITIN as 943-88-1207, it should be 943-88-1270. Can you update it?",
        ["943-88-1207", "943-88-1270"],
    ),
    (
        "itin_ein",
        "EIN:  36\u00a04419082 (my restaurant). I closed the business and now apply for UI, form "
        "asks me for it",
        ["36\u00a04419082"],
    ),
    (
        "itin_ein",
        "Tax ID for my daycare business is 20-5548197 - the provider registration page times out",
        ["20-5548197"],
    ),
    (
        "itin_ein",
        "No tengo seguro social. ITIN # 9O8-82-4419 (perdón, 908-82-4419). Gracias",
        ["9O8-82-4419", "908-82-4419"],
    ),
    (
        "itin_ein",
        "wife has ITIN 953.77.0046, me too 953.77.0047 — the form only lets one person have ITIN",
        ["953.77.0046", "953.77.0047"],
    ),
    (
        "itin_ein",
        "The 1099 form you sent shows payer EIN 94-3021557, is that right? it doesn't match last year",
        ["94-3021557"],
    ),
    (
        "itin_ein",
        "제 ITIN 번호는 987-94-2210 입니다. 신청서에 SSN 칸밖에 없어요.",
        ["987-94-2210"],
    ),
    (
        "itin_ein",
        "business EIN 522087341 (no dash) gets rejected, with dash 52-2087341 also rejected",
        ["522087341", "52-2087341"],
    ),
    (
        "itin_ein",
        "ITIN holder here 9 3 8 5 6 4 4 7 1 — do I qualify for the cash assistance? the "
        "eligibility quiz says no",
        ["9 3 8 5 6 4 4 7 1"],
    ),
    (
        "itin_ein",
        "Ang ITIN ko ay 919-63-7704. Hindi ako makapag-apply dahil walang SSN.",
        ["919-63-7704"],
    ),
    (
        "itin_ein",
        "For the gig work income, Uber's EIN is on my 1099 but I need to enter mine: 88-1730294",
        ["88-1730294"],
    ),
    (
        "itin_ein",
        "Please fix my record: ITIN 900-92-3381 belongs to me (Li Na), the SSN on file belongs to "
        "someone else",
        ["900-92-3381"],
    ),
    (
        "itin_ein",
        "ИНН работодателя (EIN) 47-3390128 в моей заявке указан неверно.",
        ["47-3390128"],
    ),
    (
        "itin_ein",
        "Employer ID number\n11-4097256\nwhy do I have to find this myself? the employer closed",
        ["11-4097256"],
    ),
    (
        "itin_ein",
        "My ITIN (963 99 1128) is in the right box but the page still says 'SSN invalid'. Please help",
        ["963 99 1128"],
    ),
    # license
    (
        "license",
        "ID verification failed. California DL D4821937, exp 2027. The photo upload also fails",
        ["D4821937"],
    ),
    (
        "license",
        "NY license number 738 291 045 not recognized by the identity check",
        ["738 291 045"],
    ),
    (
        "license",
        "Florida DL S530-460-81-227-0 — the box only allows 13 characters",
        ["S530-460-81-227-0"],
    ),
    (
        "license",
        "Mi licencia de Texas es 40218836 y el sistema dice que no coincide con mi nombre.",
        ["40218836"],
    ),
    (
        "license",
        "State ID # IL A215-7730-4418, I don't drive. Is a state ID ok for the unemployment ID check?",
        ["A215-7730-4418"],
    ),
    (
        "license",
        "drivers lic: WDLJK82991PB (Washington). the scanner couldn't read it so I typed it",
        ["WDLJK82991PB"],
    ),
    (
        "license",
        "I entered my license as B592 0041 7736 but it is B592 0041 7763. Sorry. Michigan.",
        ["B592 0041 7736", "B592 0041 7763"],
    ),
    (
        "license",
        "我的驾照号码是 F2290481（加州），验证一直失败。",
        ["F2290481"],
    ),
    (
        "license",
        "PA driver's license 28 417 903, the form wants a letter first? PA numbers don't have letters",
        ["28 417 903"],
    ),
    (
        "license",
        "Medicaid asked for proof of identity, I uploaded my NJ license (K4102 55831 07219) but "
        "it says blurry",
        ["K4102 55831 07219"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là 19-882-4471 (Georgia). Hệ thống không chấp nhận.",
        ["19-882-4471"],
    ),
    (
        "license",
        "dl#Y7730215 ca — expired last month, renewal pending, can I still use it for ID?",
        ["Y7730215"],
    ),
    (
        "license",
        "Ohio DL: TR 448190 — the verify step times out every time",
        ["TR 448190"],
    ),
    (
        "license",
        "My son's learner permit number is 0921\u00a07744\u00a0310, can that count as his ID for Medicaid?",
        ["0921\u00a07744\u00a0310"],
    ),
    (
        "license",
        "Número de licencia de conducir: M-263-114-59-804-0 (Florida). Me aparece 'documento no válido'.",
        ["M-263-114-59-804-0"],
    ),
    (
        "license",
        "identity quiz asked for my license and then locked me out. Lic no 100 223 987 "
        "(Virginia)... T20031487 was the old one",
        ["100 223 987", "T20031487"],
    ),
    (
        "license",
        "Arizona driver license D08-45-1927. The field rejects the dashes and without them it rejects too",
        ["D08-45-1927"],
    ),
    (
        "license",
        "운전면허 번호 (워싱턴주) WDLKIMJ554QA 를 입력했는데 인식이 안 됩니다.",
        ["WDLKIMJ554QA"],
    ),
    (
        "license",
        "uploaded license front/back, number S-125-559-021-884 (Maryland) -- status stuck on "
        "'pending review' 3 weeks",
        ["S-125-559-021-884"],
    ),
    (
        "license",
        "state id number is 4 8 2 0 1 1 9 3 7 (Minnesota) and it wont go thru",
        ["4 8 2 0 1 1 9 3 7"],
    ),
    (
        "license",
        "Permis de conduire du Massachusetts : S88213047. La vérification d'identité échoue.",
        ["S88213047"],
    ),
    (
        "license",
        "DL # (Colorado) 14-221-8890, I'm helping my dad with his SNAP renewal, he doesn't have email",
        ["14-221-8890"],
    ),
    (
        "license",
        "The notice says my ID DLN: 592044108 doesn't match DMV. DMV says it does. Please check on your side",
        ["592044108"],
    ),
    (
        "license",
        "Lisensya ko: 1203147798 (Nevada). Ayaw tanggapin ng website.",
        ["1203147798"],
    ),
    (
        "license",
        "nc dl 000014729583, 12 digits, the input box only takes 8",
        ["000014729583"],
    ),
    # medicare
    (
        "medicare",
        "My Medicare number is 2KT7-HW3-RC48 and the Medicaid form says it's the wrong format",
        ["2KT7-HW3-RC48"],
    ),
    (
        "medicare",
        "Medicare savings program application: MBI 5GP9TD2AA61. It asks for Medicare # again on page 6?",
        ["5GP9TD2AA61"],
    ),
    (
        "medicare",
        "I only have my old red white and blue card with 412-58-3307A on it, the new number never came",
        ["412-58-3307A"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 3QW2-FE6-YK19, ¿por qué me piden también mi seguro social?",
        ["3QW2-FE6-YK19"],
    ),
    (
        "medicare",
        "dual eligible. medicare id 7ND4 XM8 PT22 -- the system shows me as Medicaid only",
        ["7ND4 XM8 PT22"],
    ),
    (
        "medicare",
        "Typed my mom's Medicare number as 1RH5-JC0-UW83 but it's 1RH5-JC0-WU83, fixing it won't save",
        ["1RH5-JC0-UW83", "1RH5-JC0-WU83"],
    ),
    (
        "medicare",
        "我的联邦医疗保险号码是 6AF3-G72-KM05。申请补充保险时网页出错。",
        ["6AF3-G72-KM05"],
    ),
    (
        "medicare",
        "MBI:\u00a09VC8-D44-NH71\nPlan: Part A and B\nProblem: premium help application says no record found",
        ["9VC8-D44-NH71"],
    ),
    (
        "medicare",
        "husband's old Medicare claim number 523 71 8802 B (he's on my record as spouse). Is that "
        "still used?",
        ["523 71 8802 B"],
    ),
    (
        "medicare",
        "Số Medicare của mẹ tôi là 4EW6-RA1-TP90. Đơn xin Medicaid bị từ chối vì thiếu số này, "
        "nhưng tôi đã ghi rồi.",
        ["4EW6-RA1-TP90"],
    ),
    (
        "medicare",
        "The field for Medicare number has 10 boxes but MBI is 11 characters: 8HU1-MK5-CY27",
        ["8HU1-MK5-CY27"],
    ),
    (
        "medicare",
        "medicare # 3 T Y 9 - A 2 5 - D R 3 4 (reading it off the card for you)",
        ["3 T Y 9 - A 2 5 - D R 3 4"],
    ),
    (
        "medicare",
        "Please link my Medicare 6MJ0QR8VX52 to my SNAP case so the medical deduction counts",
        ["6MJ0QR8VX52"],
    ),
    (
        "medicare",
        "메디케어 번호: 2XD5-KT9-FE63. 저소득층 보조 신청이 안 돼요.",
        ["2XD5-KT9-FE63"],
    ),
    (
        "medicare",
        "I'm 67, Medicare # 1NP3–CW7–GA48, and the renewal keeps asking if I'm pregnant. Please "
        "fix the form logic",
        ["1NP3–CW7–GA48"],
    ),
    (
        "medicare",
        "HICN 387-22-6014C1 (widow's benefit) — is this still my Medicare number or do I use the new one?",
        ["387-22-6014C1"],
    ),
    (
        "medicare",
        "Numéro Medicare : 5YR2-PH4-JK86. Le portail dit que mon dossier n'existe pas.",
        ["5YR2-PH4-JK86"],
    ),
    (
        "medicare",
        "the extra help form auto-filled someone else's medicare number! Mine is 7CG1-WN3-QE09, "
        "the filled one was different",
        ["7CG1-WN3-QE09"],
    ),
    (
        "medicare",
        "Father's Medicare ID 9pk4-ud6-mt18 (lowercase on purpose, the field uppercases it and "
        "then says invalid)",
        ["9pk4-ud6-mt18"],
    ),
    (
        "medicare",
        "Номер Medicare 4JA8-EV2-HC57, пытаюсь оформить помощь с оплатой премии, выдаёт ошибку 500.",
        ["4JA8-EV2-HC57"],
    ),
    (
        "medicare",
        "My card says 1DF6-XR9-AN30. I wrote 1DF6-XR9-AN03 on the paper form. Will that delay things?",
        ["1DF6-XR9-AN30", "1DF6-XR9-AN03"],
    ),
    (
        "medicare",
        "Medicare beneficiary identifier 8TM3 KE1 WP74 is correct on my card, but the letter "
        "shows only part of it",
        ["8TM3 KE1 WP74"],
    ),
    (
        "medicare",
        "Ang Medicare number ko ay 2RG7-CU5-HX41, pero sabi ng system hindi raw tugma sa pangalan ko.",
        ["2RG7-CU5-HX41"],
    ),
    (
        "medicare",
        "my medicare nbr 6WE2\u200bY03\u200bFA98 pasted from my notes, it keeps saying invalid characters",
        ["6WE2\u200bY03\u200bFA98"],
    ),
    (
        "medicare",
        "Medicare: 3KA9-TN4-VD12. Moved to assisted living; need Medicaid long-term care, where do I start?",
        ["3KA9-TN4-VD12"],
    ),
    # name
    (
        "name",
        "My name is Latoya Simmons and the SNAP approval letter says 'Latonya'. Please correct it",
        ["Latoya Simmons"],
    ),
    (
        "name",
        "the portal keeps showing the name of another person, Gregory Paulsen, on my dashboard. I "
        "am not him!",
        ["Gregory Paulsen"],
    ),
    (
        "name",
        "Applying for child care help for my son Mateo Ruiz-Castillo, the hyphen in his last name "
        "breaks the form",
        ["Mateo Ruiz-Castillo"],
    ),
    (
        "name",
        "Mi esposo se llama José Luis Ortega Villanueva y el sistema corta su apellido.",
        ["José Luis Ortega Villanueva"],
    ),
    (
        "name",
        "Name field rejects apostrophes. My name is Siobhan O'Connell.",
        ["Siobhan O'Connell"],
    ),
    (
        "name",
        "Please add my mother, Nguyen Thi Hoa, to my Medicaid household. Her name order confuses the form.",
        ["Nguyen Thi Hoa"],
    ),
    (
        "name",
        "I'm filling this out for my grandfather Harold J. Whitfield Sr. He can't use computers.",
        ["Harold J. Whitfield Sr."],
    ),
    (
        "name",
        "我叫张伟，注册的时候名字和姓氏被弄反了，现在登录不上。",
        ["张伟"],
    ),
    (
        "name",
        "The letter was addressed to Darnell Washington III but the suffix field doesn't exist so "
        "it dropped III",
        ["Darnell Washington III"],
    ),
    (
        "name",
        "my daughter aaliyah brooks was removed from the case w/o notice. she is 4",
        ["aaliyah brooks"],
    ),
    (
        "name",
        "Legal name: Oluwaseun Adebayo-Williams (26 characters). The field allows 20. Please make it longer",
        ["Oluwaseun Adebayo-Williams"],
    ),
    (
        "name",
        "Tên tôi là Trần Văn Minh, nhưng trên thông báo ghi là Tran Van Mihn.",
        ["Trần Văn Minh", "Tran Van Mihn"],
    ),
    (
        "name",
        "i changed my name after marriage — was Emily Carter, now Emily Nowak. The unemployment "
        "account still uses the old one",
        ["Emily Carter", "Emily Nowak"],
    ),
    (
        "name",
        "Caseworker said to write the authorized representative's name here: Rebecca\u00a0L.\u00a0Goldstein",
        ["Rebecca\u00a0L.\u00a0Goldstein"],
    ),
    (
        "name",
        "Name on EBT card: KRZYSZTOF WOJCIK — the card came as KRZYSZTOF WOJCK, missing a letter",
        ["KRZYSZTOF WOJCIK", "KRZYSZTOF WOJCK"],
    ),
    (
        "name",
        "제 이름은 박지현입니다. 영문 이름 Park Ji-hyun 으로 등록했는데 하이픈 때문에 오류가 납니다.",
        ["박지현", "Park Ji-hyun"],
    ),
    (
        "name",
        "Hello, writing for my neighbor Mrs. Dolores Fairbanks, 81, who can't read the small "
        "print on the renewal.",
        ["Dolores Fairbanks"],
    ),
    (
        "name",
        "Ang pangalan ng anak ko ay Joshua Dela Cruz. Hindi siya lumalabas sa listahan ng household.",
        ["Joshua Dela Cruz"],
    ),
    (
        "name",
        "There is a second person on my case, 'Terrence Boyd', who I don't know. Identity theft?",
        ["Terrence Boyd"],
    ),
    (
        "name",
        "Меня зовут Светлана Игоревна Кузнецова. Сайт не принимает кириллицу в поле имени.",
        ["Светлана Игоревна Кузнецова"],
    ),
    (
        "name",
        "signed,\nAhmed R. Haddad\n(the signature box on the last page doesn't let you type, only draw)",
        ["Ahmed R. Haddad"],
    ),
    (
        "name",
        "Mwen rele Marie-Claude Étienne. Non mwen pa parèt byen sou kat la, aksan yo disparèt.",
        ["Marie-Claude Étienne"],
    ),
    (
        "name",
        "The child care provider listed is 'Kim's Daycare' but my provider is Yolanda Pierce, a "
        "relative caregiver",
        ["Yolanda Pierce"],
    ),
    (
        "name",
        "اسمي فاطمة الزهراء بن علي، والموقع لا يقبل الأسماء العربية.",
        ["فاطمة الزهراء بن علي"],
    ),
    (
        "name",
        "my ex husband Brandon K Tillman is still listed as head of household. we divorced in 2022",
        ["Brandon K Tillman"],
    ),
    # passport
    (
        "passport",
        "Used my passport for ID: 583920174. The identity check says 'document not found'",
        ["583920174"],
    ),
    (
        "passport",
        "US passport # A04418729 (new style with letter) rejected, field wants numbers only",
        ["A04418729"],
    ),
    (
        "passport",
        "Mi pasaporte mexicano es G31048822, ¿sirve como identificación para la solicitud?",
        ["G31048822"],
    ),
    (
        "passport",
        "Passport no.: 4 7 1 2 0 5 8 9 3 — I put spaces because the font on the card is spaced",
        ["4 7 1 2 0 5 8 9 3"],
    ),
    (
        "passport",
        "我的护照号码是 E71924503，上传时显示文件太大。",
        ["E71924503"],
    ),
    (
        "passport",
        "For my daughter's Medicaid I uploaded her passport card C03381947 but it says only "
        "passport books accepted?",
        ["C03381947"],
    ),
    (
        "passport",
        "passport 560-218-734 expired 2023, is that still OK for identity proof for unemployment?",
        ["560-218-734"],
    ),
    (
        "passport",
        "Số hộ chiếu Việt Nam của tôi là C4120873. Trang web chỉ nhận hộ chiếu Mỹ.",
        ["C4120873"],
    ),
    (
        "passport",
        "Identity doc: Passport\nCountry: Philippines\nNumber: P2049183A\nError: 'Invalid document number'",
        ["P2049183A"],
    ),
    (
        "passport",
        "typed passport as 49120775 then realized I missed a digit: 491207758",
        ["49120775", "491207758"],
    ),
    (
        "passport",
        "The I-94 lookup needs passport number and mine (Guatemala) is 218830447 — it returns no record",
        ["218830447"],
    ),
    (
        "passport",
        "Номер загранпаспорта 75 4418203. Система просит SSN, которого у меня ещё нет.",
        ["75 4418203"],
    ),
    (
        "passport",
        "Refugee travel doc / passport nbr: Z1093384. The dropdown has no option for travel document",
        ["Z1093384"],
    ),
    (
        "passport",
        "passport\u00a0#\u00a0A\u00a012\u00a0774\u00a0905 (had to type it on my phone)",
        ["A\u00a012\u00a0774\u00a0905"],
    ),
    (
        "passport",
        "Numéro de passeport haïtien : RD1937720. Le formulaire ne reconnaît pas le format.",
        ["RD1937720"],
    ),
    (
        "passport",
        "My husband's passport 530197842 and mine 530197843 were issued together, the system "
        "merged us into one person",
        ["530197842", "530197843"],
    ),
    (
        "passport",
        "여권 번호 M48210375 로 신원 확인을 했는데 실패했습니다.",
        ["M48210375"],
    ),
    (
        "passport",
        "Identity verification asks for passport. I entered 6O3 218 447 - is O or 0? The book is "
        "hard to read",
        ["6O3 218 447"],
    ),
    (
        "passport",
        "O número do meu passaporte brasileiro é FZ558102, e o site diz que é inválido.",
        ["FZ558102"],
    ),
    (
        "passport",
        "uploaded passport photo page, the OCR read the number as 44O912357 instead of 440912357",
        ["44O912357", "440912357"],
    ),
    (
        "passport",
        "Pasaporte de El Salvador #B 0 4 7 7 1 2 9 — lo escribí con espacios y tampoco funciona",
        ["B 0 4 7 7 1 2 9"],
    ),
    (
        "passport",
        "As a non-citizen I used my Indian passport (T7729014) for the child care application, "
        "pending 6 weeks now",
        ["T7729014"],
    ),
    (
        "passport",
        "Pasaporte ko: P8830214B. Ayaw mag-load ng next page pagkatapos kong ilagay ito.",
        ["P8830214B"],
    ),
    (
        "passport",
        "PPT No 802774196, issued Boston, still says can't verify citizenship after 10 days",
        ["802774196"],
    ),
    (
        "passport",
        "رقم جواز سفري A09182736، ولم أتمكن من رفعه على الموقع.",
        ["A09182736"],
    ),
    # phone
    (
        "phone",
        "Nobody called me for my SNAP interview. My number is (312) 555-0147, I waited all morning",
        ["(312) 555-0147"],
    ),
    (
        "phone",
        "please call back at 614.555.0182 after 3pm, I work mornings",
        ["614.555.0182"],
    ),
    (
        "phone",
        "Mi teléfono es 213-555-0119. No recibo los mensajes de texto con el código.",
        ["213-555-0119"],
    ),
    (
        "phone",
        "The phone field won't accept +1 at the start: +1 404 555 0163",
        ["+1 404 555 0163"],
    ),
    (
        "phone",
        "verification code goes to my old number 7185550124, new number is 347-555-0190",
        ["7185550124", "347-555-0190"],
    ),
    (
        "phone",
        "我的电话号码是 (626) 555-0138，请用中文给我打电话。",
        ["(626) 555-0138"],
    ),
    (
        "phone",
        "I'm visiting family in Mexico, reach me at +52 55 5555 0121 for the eligibility interview",
        ["+52 55 5555 0121"],
    ),
    (
        "phone",
        "cell: 503 555 0177\nhome: none\nproblem: the form requires a home phone",
        ["503 555 0177"],
    ),
    (
        "phone",
        "Số điện thoại của tôi là 714-555-0105. Tôi cần thông dịch viên tiếng Việt.",
        ["714-555-0105"],
    ),
    (
        "phone",
        "my caseworker's voicemail is full. Please have someone call me 1-800... no sorry, my "
        "number: 1 (907) 555-0156",
        ["1 (907) 555-0156"],
    ),
    (
        "phone",
        "Text me instead of mail: 555-0133 (area code 505). I moved and mail is unreliable",
        ["555-0133"],
    ),
    (
        "phone",
        "Typed my number wrong on the application!! wrote 919-555-0171, correct is 919-555-0117",
        ["919-555-0171", "919-555-0117"],
    ),
    (
        "phone",
        "UK number while I'm on a work placement: +44 20 7946 0958, can the interview be by video instead?",
        ["+44 20 7946 0958"],
    ),
    (
        "phone",
        "전화번호 (213) 555-0149 로 연락 주세요. 한국어 통역이 필요합니다.",
        ["(213) 555-0149"],
    ),
    (
        "phone",
        "phone\u00a0#\u00a0206\u00a0555\u00a00112 — 2-step verification never sends the text",
        ["206\u00a0555\u00a00112"],
    ),
    (
        "phone",
        "Please call my daughter who helps me: 6025550198. I don't hear well on the phone",
        ["6025550198"],
    ),
    (
        "phone",
        "Tawagan niyo po ako sa +63 917 555 0143, nasa Pilipinas ako ngayon pero babalik next month.",
        ["+63 917 555 0143"],
    ),
    (
        "phone",
        "The unemployment appeal hearing notice had the wrong callback number for me. Mine is "
        "832-555-0166 ext 2",
        ["832-555-0166 ext 2"],
    ),
    (
        "phone",
        "Мой номер телефона +1-929-555-0108, звоните после 18:00.",
        ["+1-929-555-0108"],
    ),
    (
        "phone",
        "phone nbr on file is (415)5550127 - that's right but the page shows it as invalid format",
        ["(415)5550127"],
    ),
    (
        "phone",
        "Rele m nan 305 555 0152 tanpri, mwen pa ka li lèt yo an anglè.",
        ["305 555 0152"],
    ),
    (
        "phone",
        "Veuillez me rappeler au +33 1 55 55 01 84 (je suis en France jusqu'au 20).",
        ["+33 1 55 55 01 84"],
    ),
    (
        "phone",
        "tel. 773/555-0135 — the help page said to leave a number here if the chat is down",
        ["773/555-0135"],
    ),
    (
        "phone",
        "The child care provider's phone is wrong in your directory, it's 410-555-0129 not 410-555-0192",
        ["410-555-0129", "410-555-0192"],
    ),
    (
        "phone",
        "Meu telefone é +1 (508) 555-0191. Preciso de intérprete em português para a entrevista.",
        ["+1 (508) 555-0191"],
    ),
    # ssn
    (
        "ssn",
        "The SSN on my application shows 412-55-8830 but I typed 412-55-8803. How do I change it?",
        ["412-55-8830", "412-55-8803"],
    ),
    (
        "ssn",
        "identity verification failed for SSN 231 74 0962, name and DOB match my card exactly",
        ["231 74 0962"],
    ),
    (
        "ssn",
        "SSN: 538-20-4471\nThe unemployment page says my SSN is already in use by another claim!",
        ["538-20-4471"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 602-18-3345 y me dice que no coincide.",
        ["602-18-3345"],
    ),
    (
        "ssn",
        "my son's social 159772048 keeps getting rejected on the child care form",
        ["159772048"],
    ),
    (
        "ssn",
        "social security # 4 4 7 - 1 9 - 2 2 8 1, the box splits in 3 parts and jumps around on my phone",
        ["4 4 7 - 1 9 - 2 2 8 1"],
    ),
    (
        "ssn",
        "我的社会安全号码是 573-62-1904，系统说格式不对。",
        ["573-62-1904"],
    ),
    (
        "ssn",
        "Please check my wife's SSN, 318.44.7726 — the Medicaid notice says 'SSN not verified'",
        ["318.44.7726"],
    ),
    (
        "ssn",
        "Số an sinh xã hội: 621-07-5589. Tôi bị khóa tài khoản sau khi nhập sai 3 lần.",
        ["621-07-5589"],
    ),
    (
        "ssn",
        "i think someone filed a claim with my ssn 287-30-6614, i never applied for unemployment",
        ["287-30-6614"],
    ),
    (
        "ssn",
        "last 4 is 1193 — full SSN 504\u00a081\u00a01193 — the letter asked me to confirm it here",
        ["504\u00a081\u00a01193"],
    ),
    (
        "ssn",
        "SNAP renewal: I put my SSN 049-66-3218 in the phone number field by accident, then it submitted",
        ["049-66-3218"],
    ),
    (
        "ssn",
        "사회보장번호 392-14-7720 을 입력했는데 이미 등록된 번호라고 나옵니다.",
        ["392-14-7720"],
    ),
    (
        "ssn",
        "ss# 7 2 1 3 3 0 4 5 8 - the site said add dashes, added them: 721-33-0458, still error",
        ["7 2 1 3 3 0 4 5 8", "721-33-0458"],
    ),
    (
        "ssn",
        "Ang SSN ko ay 610-29-8843. Bakit sinasabi ng system na patay na ako?? Buhay pa ako.",
        ["610-29-8843"],
    ),
    (
        "ssn",
        "Newborn got his SSN 655-02-9917 yesterday, where do I add it? the household page is read only",
        ["655-02-9917"],
    ),
    (
        "ssn",
        "Номер социального страхования 128-47-3390. Сайт выдаёт ошибку при проверке.",
        ["128-47-3390"],
    ),
    (
        "ssn",
        "the 1099-G I downloaded shows my full SSN 330–58–1276 in the header, shouldn't it be masked?",
        ["330–58–1276"],
    ),
    (
        "ssn",
        "SSN (applicant) 455 31 0087 / SSN (spouse) 455 31 0093 — spouse's gets rejected, mine works",
        ["455 31 0087", "455 31 0093"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 589-40-2265. Sit la pa aksepte l.",
        ["589-40-2265"],
    ),
    (
        "ssn",
        "Applying for cash assistance for my grandkids. Their SSNs are on the form but one shows "
        "as 517-88-204 (missing digit). Correct is 517-88-2041",
        ["517-88-204", "517-88-2041"],
    ),
    (
        "ssn",
        "ssn:230871196 dob field wont open on iphone",
        ["230871196"],
    ),
    (
        "ssn",
        "Mon numéro de sécurité sociale américain est 266-19-0734, le portail le refuse.",
        ["266-19-0734"],
    ),
    (
        "ssn",
        "The representative told me to write my SSN here so they can find my case: 401 62 9958. Thank you",
        ["401 62 9958"],
    ),
    (
        "ssn",
        "social sec. no. 143-09-8826 appears on the page title in my browser tab!! fix that",
        ["143-09-8826"],
    ),
    # url_personal
    (
        "url_personal",
        "The link in my email goes to "
        "https://benefits.example.com/verify?email=kaylee.ross@example.net&token=8f3a2c and says "
        "expired",
        ["kaylee.ross@example.net", "8f3a2c"],
    ),
    (
        "url_personal",
        "page https://portal.example.org/users/jmartinez1985/documents shows a blank list even "
        "though I uploaded 3 files",
        ["jmartinez1985"],
    ),
    (
        "url_personal",
        "I got a 404 at https://apply.example.com/case/summary;jsessionid=A9F22B71C04D8E13 after logging in",
        ["A9F22B71C04D8E13"],
    ),
    (
        "url_personal",
        "El enlace https://www.example.com/reset?user=lupe.mendoza&code=551902 no funciona.",
        ["lupe.mendoza", "551902"],
    ),
    (
        "url_personal",
        "link from the text message: example.net/snap/renew?phone=3125550162 — it opens a blank page",
        ["3125550162"],
    ),
    (
        "url_personal",
        "After login I land on https://ui.example.com/claimant/profile?ssn=489-22-7013 — why is "
        "my SSN in the address bar??",
        ["489-22-7013"],
    ),
    (
        "url_personal",
        "Trying to download my notice: "
        "https://docs.example.org/notices/download?name=Tamika%20Holloway&id=77412",
        ["Tamika%20Holloway"],
    ),
    (
        "url_personal",
        "我点了 https://example.com/account/wang_jun88/settings 之后页面一直转圈。",
        ["wang_jun88"],
    ),
    (
        "url_personal",
        "the share link https://childcare.example.net/apply/step4?sid=c41e9a77f2b0d3e5&dob=1991-02-14 "
        "loses my data",
        ["c41e9a77f2b0d3e5", "1991-02-14"],
    ),
    (
        "url_personal",
        "Liên kết https://example.com/profile/nguyenthithu/edit bị lỗi 500 khi tôi lưu.",
        ["nguyenthithu"],
    ),
    (
        "url_personal",
        "Error on https://medicaid.example.org/renew;user=dbrennan;session=7720AC91 when I click continue",
        ["dbrennan", "7720AC91"],
    ),
    (
        "url_personal",
        "the confirmation page URL is https://apply.example.com/done?applicant=Marcus+Okoye and "
        "it shows someone else's name",
        ["Marcus+Okoye"],
    ),
    (
        "url_personal",
        "I bookmarked https://example.net/ui/weekly-cert?claimant_email=r.feliciano%40example.com "
        "and now it says unauthorized",
        ["r.feliciano%40example.com"],
    ),
    (
        "url_personal",
        "Mag-error ang https://portal.example.com/u/mariacristina.santos/messages kapag "
        "binubuksan ko ang mensahe.",
        ["mariacristina.santos"],
    ),
    (
        "url_personal",
        "Page: https://snap.example.org/household/member?first=Keisha&last=Monroe&hh=2\nerror: "
        "member not found",
        ["Keisha", "Monroe"],
    ),
    (
        "url_personal",
        "https://example.com/verify/identity?token=eyJhbGciOiJIUzI1NiJ9.dXNlcjQ0MQ.Zx8k -> white "
        "screen on iPhone",
        ["eyJhbGciOiJIUzI1NiJ9.dXNlcjQ0MQ.Zx8k"],
    ),
    (
        "url_personal",
        "Ссылка https://example.org/cabinet/olga.smirnova62/notices открывает чужие уведомления!",
        ["olga.smirnova62"],
    ),
    (
        "url_personal",
        "the password reset link was https://login.example.com/reset/7c1f0e9a4b2d/bsullivan and "
        "it says already used",
        ["7c1f0e9a4b2d", "bsullivan"],
    ),
    (
        "url_personal",
        "when I share my status page "
        "(https://example.net/status?case=IOE0911223344&mail=tony.b@example.org) my mom sees "
        "nothing",
        ["tony.b@example.org"],
    ),
    (
        "url_personal",
        "Le lien https://www.example.com/fr/dossier?nom=Benoit%20Lefebvre&tel=6175550114 ne marche pas.",
        ["Benoit%20Lefebvre", "6175550114"],
    ),
    (
        "url_personal",
        "link in the reminder text: https://example.com/r/interview?phone=%2B17025550187 -- leads "
        "to 'page not found'",
        ["%2B17025550187"],
    ),
    (
        "url_personal",
        "Document upload goes to https://upload.example.org/u/ahmadi.farid/ids/ and stops at 99%",
        ["ahmadi.farid"],
    ),
    (
        "url_personal",
        "https://benefits.example.com/app;sessionid=F0E1D2C3B4A59687;lang=es me saca de la sesión "
        "cada 2 minutos",
        ["F0E1D2C3B4A59687"],
    ),
    (
        "url_personal",
        "The child care portal url has my son's name in it: "
        "https://example.net/kids/elijah-thompson-2019/enroll. Remove that please",
        ["elijah-thompson-2019"],
    ),
    (
        "url_personal",
        "Page stuck: https://www.example.org/claims/view?claimant=dpatel77&acct=00048812\nplease help",
        ["dpatel77", "00048812"],
    ),
]

CLEAN: list[str] = [
    "the site keeps timing out on step 3 of 5",
    "Weekly certification page froze at 11:58 pm and now it says I missed the deadline.",
    "Case number on my notice is IOE0912345678, is that the same as my SNAP case number? They "
    "look different.",
    "Receipt EAC2412345678 is for my I-130, not my benefits. The document upload asked for it anyway.",
    "The SNAP interview was scheduled for June 12 at 9:30 am but nobody called. Please reschedule.",
    "Form 1040-SR uploaded as proof of income, system says 'unsupported document type'.",
    "error 0x80070005 when I try to open the PDF notice on the library computer",
    "Got code 504 three times today between 2 and 4 pm.",
    "My benefit amount dropped from $291 to $23 with no explanation in the letter.",
    "Is ZIP 60623 covered by the Chicago office or the suburban one? The office finder shows both.",
    "The progress bar says 80% but there are still 4 pages left.",
    "App version 3.2.1 on Android crashes when I tap 'Upload documents'.",
    "Page 7 of the renewal asks the same question as page 2.",
    "Holiday hours: is the office open on Martin Luther King Jr. Day? The website says closed but "
    "the notice says open.",
    "I had my appointment at Johns Hopkins Hospital on March 3 and need to report the medical "
    "expense, where?",
    "The office near the Lincoln Memorial stop is closed, the map still shows it open.",
    "Confirmation code: QX7-44L9. It says submitted but my dashboard shows 'draft'.",
    "ticket #48213 from last month still open, nobody replied",
    "The DS-160 link on your immigrant resources page is broken.",
    "SF-86 is not a benefits form, why is it in the list of documents I can upload?",
    "Unemployment rate on your home page says 4.1% but the news says 3.9%. Just saying.",
    "I clicked Spanish and half the page is still in English.",
    "Why does the SNAP calculator say I qualify and the real application say I don't?",
    "The 'Save and continue later' button logs me out and nothing is saved.",
    "Child care copay went up to $115 per month after my hours changed from 32 to 36 per week.",
    "Notice dated 04/15/2024 says respond within 10 days but I received it on 04/29/2024.",
    "Cash assistance: the work requirement page says 30 hours but my caseworker said 20.",
    "font is too small on mobile, I'm 70 and can't read the checkboxes",
    "There's no option for 'self-employed' under income type, only 'wages' and 'other'.",
    "I got two letters on the same day, one approved and one denied. Which one is real?",
    "The chat bot keeps saying 'I didn't understand that' to every question.",
    "Upload limit is 5 MB but my phone photos are 8 MB. Please raise it or compress automatically.",
    "The link https://www.example.gov/benefits/apply?lang=es&step=2 opens the English version.",
    "https://www.example.gov/snap/eligibility returns 404 since Monday.",
    "Interview reminder said Tuesday the 14th, but the 14th is a Wednesday.",
    "The EBT balance page shows $0.00 but I just bought groceries with it.",
    "Please add a dark mode, the white screen hurts my eyes at night.",
    "Medicaid renewal form question 12 has no 'not applicable' answer.",
    "The site logged me out after 5 minutes while I was reading the instructions.",
    "Why do I have to re-enter my whole household every 6 months when nothing changed?",
    "We are a household of 5 with 3 kids under 10. The form only has rows for 4 people.",
    "Overpayment notice says I owe $1,284.50 for weeks ending 2/3 through 3/9. I want to appeal.",
    "The appeal form PDF (Form UI-301) won't let me type in the fields.",
    "I'm using Firefox 128 and the date picker doesn't show up at all.",
    "Error message: 'Something went wrong (ref 7F3A-22)'. Not helpful.",
    "your survey at the end has 14 questions, way too many",
    "Thank you, the new upload page works much better than before!",
    "The checkbox 'I agree' is below the Submit button so I didn't see it and got an error.",
    "WIC and SNAP are on separate sites with separate logins. Please combine them.",
    "Notice number N-2024-118832 references a letter I never got.",
    "I tried 3 browsers: Chrome, Edge, and Safari. Same error in all of them.",
    "The eligibility page says the income limit for 3 people is $2,694 a month, the PDF says $2,495.",
    "How long does the background check for child care providers take? It's been 45 days.",
    "My EBT card is working again, thanks to whoever fixed it.",
    "The office on Washington Street is closed for renovation, please update the locator.",
    "Caseworker said the system was down on 5/21 and 5/22, so my certification didn't go through.",
    "the word 'household' is confusing. does my roommate count? we buy food separately",
    "Hours listed as 8:00-4:30 but the door said 9:00-4:00 when I got there.",
    "I get 'session expired' right after I log in. Cleared cookies, still happens.",
    "Two-factor code arrives after it has already expired (10 minutes late).",
    "The Medicaid card shows plan code 07 but my letter says plan code 12.",
    "Work search log only lets me enter 3 contacts per week, I need to enter 5.",
    "The payment history shows week 23 as 'pending' for a month now.",
    "Can you make the SNAP application shorter? It took me 2 hours.",
    "Page title says 'Unemployment Insurance' on the child care pages.",
    "The Vietnamese translation of the income question is wrong, it says 'monthly' instead of 'weekly'.",
    "Please allow HEIC photos, that's what iPhones take.",
    "I can't find where to report that I started a new job on Monday.",
    "The office at Grand Central Terminal area closed, the site still sends people there.",
    "The screen reader reads 'button button button' on the review page. No labels.",
    "Tab order on the address page jumps from city to the footer.",
    "After the update to version 4.0 I can't see my past notices anymore.",
    "The letter says to bring Form I-9 documents, which ones count?",
    "my payment came on the 3rd instead of the 1st, is this a new schedule?",
    "Interview time shown in Eastern but I'm in Central time. Which one is it?",
    "Can the income question accept cents? $412.37 gets rounded to $412.",
    "Got an email saying my application ID APP-0091827 was incomplete but it doesn't say what's missing.",
    "the captcha images are impossible, 6 tries before it let me in",
    "Why is the Pell Grant counted as income? The instructions say student aid is excluded.",
    "Thanks for adding the Haitian Creole version!",
    "Status says 'in review' since January 8, that's over 60 days.",
    "I was approved for 12 months of child care but the letter says 6 months.",
    "Click 'Next' on step 2 and nothing happens. No error, just nothing.",
    "The map sends me to the Kennedy Center instead of the benefits office next to it.",
    "Amounts on the notice: gross $1,900, net $1,610, benefit $0. How is that zero?",
    "On the tablet the 'Back' button erases the page I was on.",
    "The renewal deadline is 9/30 but the portal closed renewals on 9/27.",
    "Our county is listed twice in the dropdown (once misspelled).",
    "SUN Bucks summer program page has no apply button.",
    "Please explain what 'ABAWD' means on the notice, no one knows.",
    "The system says I have 0 days left of benefits but I only got 14 weeks of 26.",
    "Print button prints a blank page in Chrome.",
    "heating assistance (LIHEAP) link goes to last year's application",
    "I need the form in large print. Is there a 'large print' option?",
    "The office kiosk at the Rosa Parks Transit Center was out of order all week.",
    "The notice reference code RC-55 isn't explained anywhere on the website.",
    "Had to re-upload the same pay stubs 4 times. They keep 'expiring'.",
    "The employer list doesn't include Walmart Supercenter #2291, only the main store.",
    "When I switch from phone to laptop my draft is gone.",
    "Timeouts at the exact same spot: step 6, 'Expenses'.",
    "The portal calls the same thing 'case', 'file' and 'account'. Pick one please.",
    "My daughter turned 18 last month, now the form asks if she's a student. There's no 'part-time' option.",
    "Your help article about the 10-day report is from 2019 and outdated.",
    "Reported income of $640 for the month, the system recorded $6,400.",
    "Fields marked optional are actually required, it won't let me skip them.",
    "Attachments over 10 pages get cut off at page 10.",
    "Child care provider search returns 0 results for ZIP 30310 even though there are providers there.",
    "The 'Contact us' page has no email option, only the help line.",
    "Why does the app need access to my contacts?",
    "I waited on hold with the help line for 2 hours 15 minutes.",
    "The Spanish PDF notice has the English amounts but Spanish dates, very confusing.",
    "The home page banner about the outage on 7/4 is still there on 7/20.",
    "Cannot select 'Other' as a relationship, only spouse, child, parent.",
    "The interview letter told me to go to room 214 but there is no room 214.",
    "Unemployment: the 'reason for separation' list doesn't have 'contract ended'.",
    "It takes 45 seconds to load each page on my phone.",
    "The Medicaid card arrived but the member services number on the back is cut off in printing.",
    "After submitting I got confirmation code 7QZ-KL2-MN4 but no email copy.",
    "Why am I asked about my vehicle? I don't own one, and there is no 'none' option.",
    "Question 4 says 'in the past 30 days' and question 5 says 'in the past month'. Same thing?",
    "I got a text from a short code about my benefits. Is that really you or a scam?",
    "The fraud warning popup covers the Submit button on small screens.",
    "SNAP benefits were loaded on the 10th, usually it's the 5th.",
    "Great job on the new document checklist, it helped a lot.",
    "The rent field only takes whole dollars, my rent is $1,037.50.",
    "Google Translate breaks the page layout, please give us a real Korean version.",
    "Office locator says 'St. Jude Children's Research Hospital' is a benefits office. It's not.",
    "The application asked me about Form W-2 but I only have a 1099-NEC.",
    "10 out of 10 for the new chat, it answered my question fast.",
    "My county switched to a new system on 10/1 and my old password doesn't work.",
    "Links in the footer (Privacy, Accessibility) all go to the same page.",
    "The video interview link from the notice opens a Teams page that says 'meeting ended'.",
    "I keep getting 'Error 1020: access denied' when I use my work laptop.",
    "When is the Thanksgiving schedule for benefit loads posted?",
    "Please let us pick a preferred interview time. 8 am is impossible for me with kids.",
    "The 'Report a change' page says coming soon. It's been coming soon for a year.",
    "Letter says I'm sanctioned for 3 months but doesn't say why.",
    "I selected 'no' for pregnancy and the next page asks for my due date.",
    "The list of acceptable IDs mentions Form I-766 but the upload dropdown doesn't.",
    "A 20-minute timeout with no warning is too short for people with disabilities.",
    "The child care subsidy calculator gives $0 for every input I try.",
    "Sorry wrong page, I meant to give feedback on the DMV site.",
    "Notice says interview 'by phone' but doesn't say who calls whom.",
    "The office at the Mayo Clinic campus doesn't handle Medicaid applications, you should say so.",
    "The weekly claim questions changed on Sunday and now question 3 is worded backwards.",
    "The zip code 02134 is in Boston but the site says I'm outside the service area.",
    "Please don't use 'MAGI' on the page without explaining it.",
    "The total at the bottom of the expenses page doesn't add up: $300 + $150 + $75 = $525, not $552.",
    "It's 2024 and the site doesn't work on a phone held sideways.",
    "Is the 'Benefits Cliff' tool still available? The link from the FAQ is dead.",
    "We had a house fire on Feb 2. Is there emergency SNAP replacement? The form doesn't have "
    "fire as a reason.",
    "The online form for replacement EBT cards asks for the reason but only offers 'lost'.",
    "appointment confirmation #A-5521 doesn't show up when I search for it",
    "The notice I got in the mail is 14 pages. The important part is on page 11.",
    "My case shows 'closed - procedural'. What does that mean?",
    "Where do I upload the school enrollment letter for the child care application?",
    "The office closed early at 2pm on Friday without notice on the website.",
    "The income limit table doesn't include households larger than 8.",
    "Why does the site say my browser (Safari 17) is unsupported?",
    "Password rules are too strict: 14 characters, 2 symbols, no repeated letters.",
    "The 'Forgot password' link sends me to a page that says 'under construction'.",
    "Renewal reminder came 3 days before the deadline. Please send them earlier.",
    "Section B on the child care form is duplicated on page 4 and page 5.",
    "I see a message 'Your request ID is 5f2c-91aa-03'. What do I do with it?",
    "I am trying to apply for the Summer EBT program but the page says the deadline passed on 8/15.",
    "After the storm, the disaster SNAP (D-SNAP) page didn't list our county.",
    "This form takes 40 minutes and saves nothing if you go back.",
    "My caseworker is great, the website is not.",
    "Eligibility results page just says 'Pending' with a spinning wheel for 20 minutes.",
    "Medicaid dental coverage page says it covers 2 cleanings a year, the plan says 1.",
    "The form asked if anyone in the household is a veteran. There's no field for the VA hospital "
    "name though.",
    "Please bring back the old simple form from 2022.",
    "The UPS Store address is listed as a benefits office in the locator.",
    "Earned income credit question is confusing, I don't know if it's the EITC from my taxes.",
    "Why do the amounts on the 1099-G ($8,112) differ from my payment history ($7,906)?",
    "I finished the application at 11:59 pm on the last day and the confirmation says the next day.",
    "The drop-down for languages has 'Chinese' but not 'Cantonese' or 'Mandarin'.",
    "Accessibility: the error messages are only shown in red, I'm colorblind.",
    "Message center says 1 unread message but when I open it there's nothing.",
    "I need to report that my hours dropped to 18 a week starting next month.",
    "The page about the Stanford Health Care clinic in the provider directory has the wrong hours.",
    "The benefits calendar shows June 31. There is no June 31.",
    "Is the $35 copay per child or per family? The page says both.",
    "Submitting the appeal gave me 'HTTP 413 payload too large'.",
    "My uploaded lease (12 pages) shows as 1 page in the review screen.",
    "Too many emails! I got 6 reminders in 2 days.",
    "Can't select a date more than 90 days in the past for when my job ended.",
    "The sample notice image on the FAQ page is blurry.",
    "Why do I need to come in person? The letter says I can do it online.",
    "Everything was fine until the last page, then 'error 0x000F' and it started over.",
    "Cash assistance page mentions 'TANF' and 'Family Assistance' as if they're different programs.",
    "The office in the Martin Luther King Jr. Community Center has a new entrance, the map shows "
    "the old one.",
    "The mobile app store listing says version 2.8 but the app says 2.7.",
    "It'd be nice if the portal showed my next payment date on the main page.",
    "No way to delete an uploaded document that I uploaded by mistake.",
    "The guide for self-employed people says to use Schedule C but I don't file one.",
    "Received 'Notice of Action' NA-340 with no action described.",
    "The Benjamin Franklin Bridge is closed, so the office closest to me changed. Please let me "
    "pick a different office.",
    "The wizard asks my marital status 3 times in different sections.",
    "Wrong translation in Tagalog: 'sahod' is used for 'benefit' on the payment page.",
    "The FAQ says benefits are loaded in 2-3 business days, it's been 9.",
    "Error 'E-1047: record locked' when my caseworker and I are both on the case.",
    "The new login with Login.gov works fine, thank you.",
    "The 'Print summary' page cuts off the right side of the table.",
    "Thanks, the interview reminder text was very helpful.",
    "The site is down every Sunday from 12 to 6 am, please show that on the login page.",
    "Form H1010 in English is fine but the Spanish version is the 2019 edition.",
    "The renewal asked for proof of rent for 6 months, the letter said 3 months.",
    "The child care waitlist position went from 12 to 45 overnight. Why?",
    "It says my documents were received on 3/1 but then asks me to send them again.",
    "Why are there two different 'Submit' buttons on the last page?",
    "Please put the deadline in bold, I missed it because it was in the middle of a paragraph.",
    "The appeals hearing is on 8/9 at 1:15 pm, but the notice doesn't say if it's by video or phone.",
    "The page at https://www.example.gov/childcare/providers?county=12&type=center loads forever.",
    "I tried example.gov/medicaid/renew on my phone and the menu covers everything.",
    "Can't scroll on the terms page so I can't reach 'I accept'.",
    "The percentage shown for my share of cost (18%) doesn't match the letter (15%).",
    "PIN reset for the EBT card requires a code that never arrives.",
    "The new design is nice but the text contrast is too low.",
    "What does 'Verification Code 14' mean on my notice?",
    "The office called Mercy Hospital of Buffalo in the provider list has the wrong address.",
    "La página se queda cargando en el paso 3 de 6 y no puedo terminar la solicitud.",
    "Mi número de caso en el aviso es IOE0923456781, pero el portal no lo encuentra.",
    "La entrevista de SNAP era el 12 de junio a las 10:00 y nadie me llamó.",
    "El formulario en español tiene partes en inglés, sobre todo la sección de ingresos.",
    "Me llegó una carta que dice que debo $412.00 pero no explica por qué.",
    "¿La oficina está abierta el Día de Martin Luther King Jr.? El sitio no lo dice.",
    "Error 502 cada vez que intento subir mis talones de pago.",
    "El botón de 'Guardar' no funciona en el celular.",
    "¿Por qué me piden el formulario I-864 si solo estoy pidiendo Medicaid para mis hijos?",
    "La calculadora dice que califico, pero la solicitud dice que no. ¿Cuál es la correcta?",
    "El código postal 78207 aparece como fuera del área de servicio.",
    "Gracias por la traducción, ahora es mucho más fácil.",
    "El aviso tiene fecha del 3 de mayo pero llegó el 20 de mayo, ya pasó el plazo de 10 días.",
    "No hay opción para 'trabajo por cuenta propia' en el tipo de ingreso.",
    "El enlace https://www.example.gov/beneficios/solicitar?idioma=es da error 404.",
    "El copago del cuidado infantil subió a $95 al mes y no entiendo el cálculo.",
    "网站在第4步一直转圈，无法提交申请。",
    "我的通知书编号是 N-2024-220145，但是网站上找不到这个通知。",
    "中文翻译有错误，“家庭收入”被翻译成了“家庭成员”。",
    "上传文件时显示错误代码 413，文件只有2MB。",
    "面试时间写的是上午9点，但没说是哪个时区。",
    "请增加粤语选项，我的父母看不懂普通话的页面。",
    "Trang web bị lỗi ở bước 5, tôi không thể nộp đơn.",
    "Thông báo ghi số tiền trợ cấp là $0 nhưng tháng trước là $281.",
    "Bản dịch tiếng Việt của câu hỏi về thu nhập bị sai.",
    "Văn phòng gần bệnh viện Johns Hopkins đã đóng cửa nhưng bản đồ vẫn hiển thị.",
    "Mã xác nhận của tôi là QK4-88TZ nhưng trạng thái vẫn là 'bản nháp'.",
    "신청서 3페이지에서 계속 오류가 납니다. 오류 코드 E-203.",
    "한국어 번역이 중간에 영어로 바뀝니다.",
    "통지서에 적힌 면접 날짜가 7월 8일인데 포털에는 7월 18일로 나와요.",
    "업로드 제한이 5MB인데 휴대폰 사진은 더 큽니다.",
    "Hindi gumagana ang 'Next' button sa step 2 kapag naka-cellphone ako.",
    "Mali ang halaga sa sulat: $1,200 ang nakasulat pero $120 lang ang natanggap ko.",
    "Salamat sa Tagalog na bersyon, mas madali na ngayon.",
    "Ang interview ko ay sa Hunyo 5, alas-2 ng hapon, pero walang tumawag.",
    "Сайт выдаёт ошибку 500 на шаге «Доходы».",
    "В уведомлении сказано явиться 14 марта, но не указан адрес офиса.",
    "Русский перевод страницы неполный, половина текста на английском.",
    "Номер моего обращения 77312 — ответа нет уже две недели.",
    "الموقع لا يعمل على الهاتف، الصفحة بيضاء بعد تسجيل الدخول.",
    "الترجمة العربية تظهر من اليسار إلى اليمين وهذا يجعلها صعبة القراءة.",
    "وصلتني رسالة تقول إن المقابلة يوم 9 أبريل، لكن الموقع يقول 19 أبريل.",
    "Le site plante à l'étape 4 quand je télécharge mes fiches de paie.",
    "L'avis indique un montant de 0 $ mais je n'ai reçu aucune explication.",
    "La traduction française du formulaire de Medicaid est incomplète.",
    "Merci pour la nouvelle page, c'est beaucoup plus clair.",
    "Sit la pa mache sou telefòn mwen, li rete blan apre etap 2.",
    "Tradiksyon kreyòl la gen erè nan paj revni yo.",
    "Lèt la di randevou a se 10 jen a 11è, men pèsonn pa rele m.",
    "O site trava na etapa 3 e não consigo enviar o formulário.",
    "A tradução em português da página de benefícios está desatualizada.",
    "Recebi um aviso dizendo que devo $350, mas não diz o motivo.",
    "¿Cuánto tiempo tarda la revisión? Mi solicitud está 'en revisión' desde el 2 de enero.",
    "La oficina cerca del Hospital Johns Hopkins cambió de horario, de 8:00 a 4:30.",
    "No puedo seleccionar una fecha de hace más de 90 días.",
    "La contraseña nueva pide 12 caracteres y 2 símbolos, es demasiado.",
    "Error 0x80070005 al abrir el aviso en PDF.",
    "每周认证页面在晚上11点以后就打不开了。",
    "Tôi đã gửi giấy tờ ngày 3/1 nhưng hệ thống yêu cầu gửi lại.",
    "Got error 'ERR_CONNECTION_RESET' twice while uploading 3 pay stubs from March.",
    "The notice says my benefits end 12/31 but the portal says 11/30.",
    "Case IOE0934567812 was transferred to another county and now I can't see it.",
    "I applied on 1/9 and my interview isn't until 2/27. That's 7 weeks without food help.",
    "Please add a 'skip' for the optional survey after submitting.",
    "The apply button on the Medicaid page is grey and unclickable in Edge 125.",
    "The total household income shows $3,210.00 but I entered $2,310.00.",
    "Where's the form to report a change of address? I only see 'report income'.",
    "Confirmation number 20240611-3382 isn't recognized by the status tracker.",
    "I like that I can see my payment history now. Thanks!",
    "The 'I don't know' answer for the shelter cost question is missing.",
    "Your site said my documents were 'unreadable' but they're clear 300 dpi scans.",
    "Form SNAP-2 asks for 30 days of pay stubs, the website says 4 weeks. Which?",
    "Stop asking me to enable pop-ups, my browser is managed by my school.",
    "The Franklin D. Roosevelt Memorial visitor page came up when I searched 'food help'. Search is broken.",
    "The progress percentage resets to 0% when I reopen my application.",
    "Error 'Invalid state' on step 1 when I pick Puerto Rico.",
    "We got the summer food benefit for 2 of our 3 kids. Where's the third?",
    "Questions on page 5 are numbered 1, 2, 2, 4.",
    "Please allow uploading more than 10 files at once.",
    "My unemployment claim shows weeks ending 6/8, 6/15 and 6/29 but not 6/22.",
    "The site works at the library but not at home, same browser (Chrome 124).",
    "Child care approval letter came in English even though I chose Spanish.",
    "The interview is at 1:30 pm and I work until 3, can it be moved to after 4?",
    "The benefits office next to Cedars-Sinai Medical Center moved to the 2nd floor, signs are confusing.",
]
