# ruff: noqa: RUF001
"""Twenty-sixth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites,
as written by people using federal veterans and retirement services (VA health care and
disability claims, Social Security retirement, federal employee retirement, military records
requests) during an ordinary week: veterans, retirees, surviving spouses and the adult children
who fill in forms for them, on phones and computers, some careful and some hurried. Each comment
reports a real problem with a form or service and carries one or two pieces of personal data
where a person would naturally put them: after a label, in the middle of a complaint, quoted
from a letter, or corrected after a typo. The corpus was written without seeing the redaction
rules (and without reading the earlier corpora) and must not be used to tune them: it exists
only to measure them.

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
    # ---------------------------------------------------------------- a_number
    (
        "a_number",
        "My husband served 1968-1972 and naturalized later, the N-400 screen wants his A-number "
        "and rejects A087654321 even though thats whats on his green card",
        ["A087654321"],
    ),
    (
        "a_number",
        "alien reg # A 204 567 891 - the field says invalid format, what format do you want??",
        ["A 204 567 891"],
    ),
    (
        "a_number",
        "A-Number: A-123-456-789\nI entered it exactly like on the card and still get error",
        ["A-123-456-789"],
    ),
    (
        "a_number",
        "For my mother (widow of a Korea vet) the survivors form asks USCIS number. its "
        "a0765 43210 on her old card, new card has no spaces",
        ["a0765 43210"],
    ),
    (
        "a_number",
        "Entered A#47712093 (8 digits, old card from 1979) and the form says need 9 digits. "
        "Do I add a zero in front?",
        ["A#47712093"],
    ),
    (
        "a_number",
        "Mi número de registro de extranjero es A-098-765-432 y la página no lo acepta cuando "
        "solicito los beneficios de mi esposo veterano",
        ["A-098-765-432"],
    ),
    (
        "a_number",
        "USCIS# 215-334-908 (that is my A number) does not carry over from page 2 to page 4",
        ["215-334-908"],
    ),
    (
        "a_number",
        "I typed A21533490 by mistake, correct one is A215334098. please fix on my application",
        ["A21533490", "A215334098"],
    ),
    (
        "a_number",
        "The letter you sent says file no. A 0 8 1 2 2 3 4 5 6 but I never had that number, mine ends in 457",
        ["A 0 8 1 2 2 3 4 5 6"],
    ),
    (
        "a_number",
        "我的外国人登记号码是A201458873，网站一直说格式不对，我父亲是退伍军人",
        ["A201458873"],
    ),
    (
        "a_number",
        "alien number a.203.118.460 - sorry on phone, cant get dashes to work in that box",
        ["a.203.118.460"],
    ),
    (
        "a_number",
        "Green card holder, Army vet (2004-2010). my A no is 0 6 2 3 3 4 1 1 8 and VA says "
        "they cant verify status",
        ["0 6 2 3 3 4 1 1 8"],
    ),
    (
        "a_number",
        "Số đăng ký người nước ngoài (A-Number) của mẹ tôi là A 099 887 766, trang web báo lỗi khi nộp đơn",
        ["A 099 887 766"],
    ),
    (
        "a_number",
        "pls update: registration number A\u00a0212\u00a0009\u00a0374 on my SSA record, "
        "it still shows pending since March",
        ["A\u00a0212\u00a0009\u00a0374"],
    ),
    (
        "a_number",
        "A–Nr A-078123456 — the i-765 link from the veterans page just spins forever",
        ["A-078123456"],
    ),
    (
        "a_number",
        "Field 'Alien Registration Number' rejected 'A 76-543-210'. Its only 8 digits because "
        "I got it in 1986",
        ["A 76-543-210"],
    ),
    (
        "a_number",
        "My wife's A# is A219 004 736 and mine is A219 004 735, the form mixed them up after saving",
        ["A219 004 736", "A219 004 735"],
    ),
    (
        "a_number",
        "외국인 등록번호 A-207-665-192 를 입력했는데 계속 오류가 납니다",
        ["A-207-665-192"],
    ),
    (
        "a_number",
        "no A-number box on the DD-214 request, but the archive clerk asked for it. its "
        "A204998317. where do I put it",
        ["A204998317"],
    ),
    (
        "a_number",
        "Ang aking A-number ay A 210 443 587, hindi tumatanggap ang form kahit tama ang pagkakasulat",
        ["A 210 443 587"],
    ),
    (
        "a_number",
        "uscis no.:211.760.094 -- after submit it says 'record not found'. please call me back",
        ["211.760.094"],
    ),
    (
        "a_number",
        "I am a retired federal worker, naturalized 1994. OPM form wants my former alien "
        "number: A-0-9-3-4-4-5-1-2-0",
        ["A-0-9-3-4-4-5-1-2-0"],
    ),
    (
        "a_number",
        "Mon numéro A est A0 8 8 1 2 3 0 0 7, le formulaire refuse les espaces mais ma carte les a",
        ["A0 8 8 1 2 3 0 0 7"],
    ),
    (
        "a_number",
        "typo in my previous submission, A-number should read A 2 0 6 5 1 1 8 4 9 not A 2 0 6 5 1 1 8 9 4",
        ["A 2 0 6 5 1 1 8 4 9", "A 2 0 6 5 1 1 8 9 4"],
    ),
    (
        "a_number",
        "The eligibility checker says my Alien#  A\u200b214\u200b882\u200b065 is not valid, "
        "copied from my card",
        ["A\u200b214\u200b882\u200b065"],
    ),
    # ---------------------------------------------------------------- address
    (
        "address",
        "Change of address not saving. New address is 1420 Magnolia Ave, Apt 3B, Tampa FL "
        "33602, I moved in with my daughter",
        ["1420 Magnolia Ave, Apt 3B"],
    ),
    (
        "address",
        "the VA keeps mailing my checks to 88 Old Mill Road even though I updated it twice",
        ["88 Old Mill Road"],
    ),
    (
        "address",
        "Mailing address: 2207 W. Kenwood Dr Unit 12\nSpringfield, MO 65807\nThe form cuts off after 'Unit'",
        ["2207 W. Kenwood Dr Unit 12"],
    ),
    (
        "address",
        "my dad is at 519 n pine st #4 now (assisted living) and his 1099-R went to the old house",
        ["519 n pine st #4"],
    ),
    (
        "address",
        "Mi dirección es 3310 Calle Alameda, Apt 7 en El Paso TX y la página dice que no es "
        "una dirección válida",
        ["3310 Calle Alameda, Apt 7"],
    ),
    (
        "address",
        "Address verification fails for 47 Birchwood Lane. USPS has it fine. zip 04101",
        ["47 Birchwood Lane"],
    ),
    (
        "address",
        "I live on a rural route, RR 2 Box 118, and the street field wont accept it. Korea vet, "
        "86 yrs old, my grandson typing",
        ["RR 2 Box 118"],
    ),
    (
        "address",
        "PO Box is not allowed for direct deposit form but it is my only address?? "
        "Physical is 16 Quarry Hill Rd, no mail delivery there",
        ["16 Quarry Hill Rd"],
    ),
    (
        "address",
        "Please send replacement Medicare card to 9021 Sunset Blvd., Suite 210 - the card "
        "went to my old place",
        ["9021 Sunset Blvd., Suite 210"],
    ),
    (
        "address",
        "我的新地址是 745 Grant Avenue Apt 5, San Francisco CA，但是网站还是显示旧地址",
        ["745 Grant Avenue Apt 5"],
    ),
    (
        "address",
        "After I type 1600 Ridgecrest Circle the autocomplete changes it to Ridgecrest Court "
        "and I cant undo that",
        ["1600 Ridgecrest Circle"],
    ),
    (
        "address",
        "widow of a Navy vet. pension letter went to 27 Harbor View Terrace, which I sold in "
        "2019. where do I update",
        ["27 Harbor View Terrace"],
    ),
    (
        "address",
        "Tôi đã đổi địa chỉ thành 1185 Bolsa Ave #B, Westminster nhưng thư vẫn gửi về nhà cũ",
        ["1185 Bolsa Ave #B"],
    ),
    (
        "address",
        "the address form rejects the fraction in my address, 112 1/2 Center Street. "
        "its a real address, been here 40 years",
        ["112 1/2 Center Street"],
    ),
    (
        "address",
        "Updated to 4500 Fort Bragg Hwy Lot 22 but the confirmation page shows Lot 2",
        ["4500 Fort Bragg Hwy Lot 22"],
    ),
    (
        "address",
        "Enviaron mi tarjeta al 602 S Alvarado St apto 14 pero ya no vivo allí desde enero",
        ["602 S Alvarado St apto 14"],
    ),
    (
        "address",
        "im deployed overseas, home address for my records is 73 Cypress Point Dr.. form wont let me add APO",
        ["73 Cypress Point Dr"],
    ),
    (
        "address",
        "N1545 County Road K is my address (Wisconsin grid address) - the site says invalid house number",
        ["N1545 County Road K"],
    ),
    (
        "address",
        "Please correct: 58 Whitney Pl, not 85 Whitney Pl. Typo when I filed the 21-526EZ",
        ["58 Whitney Pl", "85 Whitney Pl"],
    ),
    (
        "address",
        "Мой адрес 2640 Ocean Pkwy, apt 3C, Brooklyn. Сайт не принимает номер квартиры",
        ["2640 Ocean Pkwy, apt 3C"],
    ),
    (
        "address",
        "retired USPS carrier, ironic but my OPM annuity statement went to "
        "1032\u00a0Lakeshore\u00a0Drive instead of my new condo",
        ["1032\u00a0Lakeshore\u00a0Drive"],
    ),
    (
        "address",
        "Home: 8 Chestnut Ct. The map on the facility locator puts me 50 miles away",
        ["8 Chestnut Ct"],
    ),
    (
        "address",
        "the travel reimbursement form calculated mileage from 3901 Kimball Ave instead of my "
        "address, it doesnt even let me edit it",
        ["3901 Kimball Ave"],
    ),
    (
        "address",
        "Ang bagong address ko ay 215 Mabini Street Unit 4, Daly City. Hindi nagbago sa profile",
        ["215 Mabini Street Unit 4"],
    ),
    (
        "address",
        "my mother's address is 19 rue Lafayette Apt 2 in New Orleans, LA; the form forces a "
        "number first so it's fine, but it drops 'rue'",
        ["19 rue Lafayette Apt 2"],
    ),
    # ---------------------------------------------------------------- bank
    (
        "bank",
        "Direct deposit change did not go through. routing 021000021 account 4418203377",
        ["021000021", "4418203377"],
    ),
    (
        "bank",
        "My pension is supposed to go to checking acct # 000123456789 but the page says account not found",
        ["000123456789"],
    ),
    (
        "bank",
        "ABA: 111000025\nAcct: 5520 1189 0043\nthe form kept saying routing number invalid "
        "even though my credit union gave it to me",
        ["111000025", "5520 1189 0043"],
    ),
    (
        "bank",
        "I entered routing number 122000247 and it said 'bank not found'. It's Wells Fargo California",
        ["122000247"],
    ),
    (
        "bank",
        "Número de cuenta 7730019925, ruta 121000358. El depósito directo de mi pensión no llegó este mes",
        ["7730019925", "121000358"],
    ),
    (
        "bank",
        "my VA payment went to my old account ending... actually the whole number is "
        "30-4471-90882, please stop sending there, it's closed",
        ["30-4471-90882"],
    ),
    (
        "bank",
        "typo! I put account 88120034 but it should be 88120043. Routing 053000196 is right",
        ["88120034", "88120043", "053000196"],
    ),
    (
        "bank",
        "SSA direct deposit page timed out after I typed routing 011000015 and savings acct "
        "2201558834. did it save or not",
        ["011000015", "2201558834"],
    ),
    (
        "bank",
        "The sample check image shows routing on the left but my check from Navy Federal has "
        "256074974 on the left and 7016624410 in the middle, so which is which",
        ["256074974", "7016624410"],
    ),
    (
        "bank",
        "我的银行账号是 6230 8810 4472 ，路由号 026009593，养老金还没有到账",
        ["6230 8810 4472", "026009593"],
    ),
    (
        "bank",
        "acct#0099182736 rtn#031176110 - I am a surviving spouse, the deposit still goes to "
        "our joint account which the bank froze",
        ["0099182736", "031176110"],
    ),
    (
        "bank",
        "form says account number must be 4-17 digits; mine is 12 digits: 483-920-117-006 "
        "but it wont take the dashes",
        ["483-920-117-006"],
    ),
    (
        "bank",
        "Routing\u00a0#\u00a0063100277 is not being accepted on the allotment form",
        ["063100277"],
    ),
    (
        "bank",
        "Tài khoản ngân hàng của bố tôi: 1122334455, số định tuyến 322271627. Tiền lương hưu bị trả lại",
        ["1122334455", "322271627"],
    ),
    (
        "bank",
        "my bank says the returned payment was sent to account 9002 7718 36, which is not "
        "mine. mine ends in 4410",
        ["9002 7718 36"],
    ),
    (
        "bank",
        "Please put my refund in checking: RTN 071000013 / ACCT 600 412 9987",
        ["071000013", "600 412 9987"],
    ),
    (
        "bank",
        "I'm helping my dad (Vietnam, 1st Cav). USAA routing 314074269, his account "
        "0127719904. Page says 'Unable to verify financial institution'",
        ["314074269", "0127719904"],
    ),
    (
        "bank",
        "The confirmation shows account ****3377 which is right but routing 021000012?? I typed 021000021",
        ["021000021"],
    ),
    (
        "bank",
        "Le numéro de compte 00451 7782 210 n'est pas accepté pour le dépôt direct de ma retraite",
        ["00451 7782 210"],
    ),
    (
        "bank",
        "EFT enrollment: routing=091000019 account=3345100987 type=savings. Got error 'ENR-11'",
        ["091000019", "3345100987"],
    ),
    (
        "bank",
        "account no 55 0023 8814 7 at my credit union. They said the VA rejected it for "
        "'invalid account type'",
        ["55 0023 8814 7"],
    ),
    (
        "bank",
        "계좌번호 1009-338-771245 로 연금이 들어와야 하는데 아직 안 들어왔어요",
        ["1009-338-771245"],
    ),
    (
        "bank",
        "On the SF-1199A I wrote routing 044000037 but your scan read it as 044000087",
        ["044000037"],
    ),
    (
        "bank",
        "My checking number is 2 1 7 7 4 0 9 3 5 1, please call before changing anything, "
        "last change got messed up",
        ["2 1 7 7 4 0 9 3 5 1"],
    ),
    (
        "bank",
        "Direct Express card is not my bank. My real account: 87004412236, routing 267084131. "
        "Please stop the Direct Express",
        ["87004412236", "267084131"],
    ),
    # ---------------------------------------------------------------- card
    (
        "card",
        "Trying to pay my copay online, card 4111 1111 1111 1111 declined but the bank says "
        "no attempt came through",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "the payment page took my card number 5555555555554444 and then showed error 502, was I charged?",
        ["5555555555554444"],
    ),
    (
        "card",
        "Card: 3782-822463-10005 exp 09/27. Amex isnt in the dropdown but the page says we accept Amex",
        ["3782-822463-10005"],
    ),
    (
        "card",
        "I paid the overpayment with my visa 4012-8888-8888-1881 on the 3rd and got a second "
        "debt letter anyway",
        ["4012-8888-8888-1881"],
    ),
    (
        "card",
        "Pagué con la tarjeta 5105 1051 0510 5100 y la página se quedó en blanco. No sé si se "
        "hizo el pago del copago",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "discover 6011 1111 1111 1117 rejected for 'invalid card type' - the logo is right there on the page",
        ["6011 1111 1111 1117"],
    ),
    (
        "card",
        "my daughter typed her card by accident instead of mine: 4242424242424242, please "
        "remove it from my account",
        ["4242424242424242"],
    ),
    (
        "card",
        "Card number field only allows 15 characters so my 16 digit card 5200 8282 8282 8210 "
        "gets cut to ...821",
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        "用信用卡 3530 1113 3330 0000 支付时显示错误，请帮助",
        ["3530 1113 3330 0000"],
    ),
    (
        "card",
        "The pay.gov page for my OPM debt timed out. Card used: 371449635398431. Check if it "
        "went through before I try again",
        ["371449635398431"],
    ),
    (
        "card",
        "Card # 4000-0566-5566-5556\nExp 11/26\nthe expiry dropdown only goes to 2025",
        ["4000-0566-5566-5556"],
    ),
    (
        "card",
        "Diners Club 3056 930902 5904 - is it accepted or not? The help text says yes, the form says no",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "I typed my card 2223 0031 2200 3222 but the form flagged it as invalid Mastercard. "
        "Its a new 2-series card",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "Thẻ của tôi là 4000 0025 0000 3155, trang thanh toán yêu cầu xác minh nhưng không gửi mã",
        ["4000 0025 0000 3155"],
    ),
    (
        "card",
        "charged twice for the records fee! card ending 1881... full number "
        "4012\u00a08888\u00a08888\u00a01881 in case you need it",
        ["4012\u00a08888\u00a08888\u00a01881"],
    ),
    (
        "card",
        "cc: 6011-0009-9013-9424, please refund the duplicate payment from Tuesday",
        ["6011-0009-9013-9424"],
    ),
    (
        "card",
        "my mastercard 5454 5454 5454 5454 keeps getting 'card declined (code 05)'. bank says its fine",
        ["5454 5454 5454 5454"],
    ),
    (
        "card",
        "Paid for the replacement medals with 4000000760000002, never got a receipt e-mail",
        ["4000000760000002"],
    ),
    (
        "card",
        "Mi tarjeta de débito 4000 0000 0000 3220 no funciona en la página de pagos de Tesorería",
        ["4000 0000 0000 3220"],
    ),
    (
        "card",
        "corrected card # is 3566 0020 2036 0505 (I had typed 3566 0020 2036 0550 by mistake "
        "and it got declined)",
        ["3566 0020 2036 0505", "3566 0020 2036 0550"],
    ),
    (
        "card",
        "Le paiement avec la carte 5425 2334 3010 9903 a échoué deux fois, erreur 'transaction refusée'",
        ["5425 2334 3010 9903"],
    ),
    (
        "card",
        "card 6200000000000005 (UnionPay) not supported? I'm paying for my father who lives abroad",
        ["6200000000000005"],
    ),
    (
        "card",
        "CARD NUMBER 3852 0000 0232 37 KEEPS CLEARING WHEN I HIT NEXT",
        ["3852 0000 0232 37"],
    ),
    (
        "card",
        "카드번호 4917-6100-0000-0000 로 결제했는데 영수증이 안 왔습니다",
        ["4917-6100-0000-0000"],
    ),
    (
        "card",
        "Autopay set up with 4000 0035 6000 0008 but the account page still shows no payment method on file",
        ["4000 0035 6000 0008"],
    ),
    # ---------------------------------------------------------------- dob
    (
        "dob",
        "My date of birth is 03/14/1946 and the form says I must be under 120 lol. please fix",
        ["03/14/1946"],
    ),
    (
        "dob",
        "DOB 7-2-1951. The retirement estimator says I was born in 1915 after I saved",
        ["7-2-1951"],
    ),
    (
        "dob",
        "born June 9, 1948 - the calculator shows my full retirement age wrong",
        ["June 9, 1948"],
    ),
    (
        "dob",
        "Fecha de nacimiento: 22/11/1955. El formulario la lee como mes 22 y da error",
        ["22/11/1955"],
    ),
    (
        "dob",
        "the birthdate field only accepts yyyy-mm-dd, I entered 1949-08-30 and it still rejects",
        ["1949-08-30"],
    ),
    (
        "dob",
        "My father was born on 12 April 1932 (WWII, Army Air Forces) and the records request "
        "form wont allow dates before 1940",
        ["12 April 1932"],
    ),
    (
        "dob",
        "d.o.b. 01.05.1960 - is that Jan 5 or May 1 in your system? I meant January 5",
        ["01.05.1960"],
    ),
    (
        "dob",
        "I was born 2/29/1952 (leap day) and the site says invalid date",
        ["2/29/1952"],
    ),
    (
        "dob",
        "出生日期：1947年10月3日。网站上的日期选择器不能选1950年以前",
        ["1947年10月3日"],
    ),
    (
        "dob",
        "Birthday on my record is wrong, shows 08/19/1958 but I was born 08/09/1958",
        ["08/19/1958", "08/09/1958"],
    ),
    (
        "dob",
        "my mom's dob is Sept. 27th 1939, she's a surviving spouse and the form keeps timing "
        "out on the birth year dropdown",
        ["Sept. 27th 1939"],
    ),
    (
        "dob",
        "DOB:061553 (no slashes because the field on my phone wouldnt let me type them)",
        ["061553"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 15/03/1950, nhưng trang web hiển thị 03/15/1950 và báo lỗi",
        ["15/03/1950", "03/15/1950"],
    ),
    (
        "dob",
        "Applying for spousal benefits. I was b. 4/4/57, husband b. 1954. the form asks my age "
        "twice and gets it wrong",
        ["4/4/57"],
    ),
    (
        "dob",
        "Date of Birth\n11 / 30 / 1944\nClicking continue sends me back to step 1 every time",
        ["11 / 30 / 1944"],
    ),
    (
        "dob",
        "Nací el 5 de mayo de 1953 y la calculadora de jubilación dice que ya cumplí 70 en "
        "2021, eso no es correcto",
        ["5 de mayo de 1953"],
    ),
    (
        "dob",
        "I turned 62 last month (born\u00a0October\u00a014,\u00a01962) and still cant apply "
        "online, says not eligible",
        ["October\u00a014,\u00a01962"],
    ),
    (
        "dob",
        "birth date 1956/12/01 entered per the hint text, result: 'Please enter a valid date'",
        ["1956/12/01"],
    ),
    (
        "dob",
        "생년월일 1950년 6월 25일 입력하면 오류가 납니다. 6.25 전쟁 나던 날 태어났어요",
        ["1950년 6월 25일"],
    ),
    (
        "dob",
        "The FERS annuity estimate uses my wife's birthday 3-8-1961 instead of mine",
        ["3-8-1961"],
    ),
    (
        "dob",
        "born 19 JAN 1945 per my DD-214, but your page shows 1/19/1954. digits swapped",
        ["19 JAN 1945", "1/19/1954"],
    ),
    (
        "dob",
        "Ipinanganak ako noong Marso 2, 1949. Mali ang edad na nakalagay sa aking account",
        ["Marso 2, 1949"],
    ),
    (
        "dob",
        "dob 10-31-49 entered, it thinks I was born in 2049",
        ["10-31-49"],
    ),
    (
        "dob",
        "Дата рождения 07.09.1951, сайт требует формат ММ/ДД/ГГГГ, но не объясняет это",
        ["07.09.1951"],
    ),
    (
        "dob",
        "veteran's date of birth: Aug 3 1947. deceased 2023. the burial benefits form won't "
        "take a date of death after the birth date?? it is after",
        ["Aug 3 1947"],
    ),
    # ---------------------------------------------------------------- email
    (
        "email",
        "please reply to my email margaret.okafor@example.com, I can't hear well on the phone",
        ["margaret.okafor@example.com"],
    ),
    (
        "email",
        "Never got the verification code at rgonzalez1952@example.net, checked spam",
        ["rgonzalez1952@example.net"],
    ),
    (
        "email",
        "email: Bill.Hadley.USMC@example.org\nLogin.gov says this email is already used but "
        "I only have one account",
        ["Bill.Hadley.USMC@example.org"],
    ),
    (
        "email",
        "my email changed from tom_kowalski@example.com to tkowalski.ret@example.net and "
        "the site still sends to the old one",
        ["tom_kowalski@example.com", "tkowalski.ret@example.net"],
    ),
    (
        "email",
        "Favor de contestar a lupita.reyes+va@example.com, no recibo los correos de confirmación",
        ["lupita.reyes+va@example.com"],
    ),
    (
        "email",
        "I typed my email wrong, it's dwashington57@example.org not dwashingotn57@example.org",
        ["dwashington57@example.org", "dwashingotn57@example.org"],
    ),
    (
        "email",
        "send the copy of my DD214 to jmurphy at example dot com please, the download link doesnt work",
        ["jmurphy at example dot com"],
    ),
    (
        "email",
        "我的邮箱是 wei.zhang88@example.com ，一直收不到验证码",
        ["wei.zhang88@example.com"],
    ),
    (
        "email",
        "The form says 'invalid email' for NGUYEN.THANH.VAN@EXAMPLE.NET. Is uppercase not allowed?",
        ["NGUYEN.THANH.VAN@EXAMPLE.NET"],
    ),
    (
        "email",
        "contact me at  grandpa_joe1944@example.com  (my grandson set this up for me)",
        ["grandpa_joe1944@example.com"],
    ),
    (
        "email",
        "Email field cuts off after 30 characters. my address is patricia.vandenberghe.retired@example.org",
        ["patricia.vandenberghe.retired@example.org"],
    ),
    (
        "email",
        "Reply-to: s.abdullah@example.net -- the survey link in your email goes to a 404",
        ["s.abdullah@example.net"],
    ),
    (
        "email",
        "Xin gửi thư trả lời về địa chỉ hoa.tran.1960@example.com, cảm ơn",
        ["hoa.tran.1960@example.com"],
    ),
    (
        "email",
        "the 'update contact info' page shows my wifes email kathy.b@example.com instead of "
        "mine, kenb@example.com",
        ["kathy.b@example.com", "kenb@example.com"],
    ),
    (
        "email",
        "Please email me a confirmation: <r.delacruz@example.org>",
        ["r.delacruz@example.org"],
    ),
    (
        "email",
        "email\u00a0is\u00a0oldsoldier72@example.net, account locked after 3 tries",
        ["oldsoldier72@example.net"],
    ),
    (
        "email",
        "이메일 주소 kim.youngsoo@example.com 으로 인증 메일이 오지 않습니다",
        ["kim.youngsoo@example.com"],
    ),
    (
        "email",
        "I can't change my email. Current: fhoward@example.com. The button is greyed out",
        ["fhoward@example.com"],
    ),
    (
        "email",
        "Mangyaring sumagot sa aking email: maria.santos.ph@example.net",
        ["maria.santos.ph@example.net"],
    ),
    (
        "email",
        "For the records request the NPRC asked me to email them but the address on the page "
        "bounced. My email for reply is ernest.lyle@example.org",
        ["ernest.lyle@example.org"],
    ),
    (
        "email",
        "retired fed, OPM retirement services account, username is my email "
        "carol_jean_whitfield@example.com, cant reset password",
        ["carol_jean_whitfield@example.com"],
    ),
    (
        "email",
        "Merci de me répondre à l'adresse j.lefebvre@example.net",
        ["j.lefebvre@example.net"],
    ),
    (
        "email",
        "contact:dmitri.volkov@example.com (please no phone calls, I work nights)",
        ["dmitri.volkov@example.com"],
    ),
    (
        "email",
        "the autofill put in my old work address a.patel@example.org; real one is "
        "anil.patel.home@example.com",
        ["a.patel@example.org", "anil.patel.home@example.com"],
    ),
    (
        "email",
        "the code went to\u200bmhernandez@example.net\u200bbut it expired before it arrived",
        ["mhernandez@example.net"],
    ),
    # ---------------------------------------------------------------- ip
    (
        "ip",
        "Blocked from logging in, message says 'access denied for 203.0.113.45'. I'm at home "
        "on my regular internet",
        ["203.0.113.45"],
    ),
    (
        "ip",
        "my IP is 198.51.100.27 if that helps your tech people, the page never loads",
        ["198.51.100.27"],
    ),
    (
        "ip",
        "Error screen said: Request blocked. Client IP: 192.0.2.133. Reference #18.2f3c.1701",
        ["192.0.2.133"],
    ),
    (
        "ip",
        "My son says my IP address is 2001:db8:4a1c:12::7 and that your site doesn't like IPv6. Can you fix?",
        ["2001:db8:4a1c:12::7"],
    ),
    (
        "ip",
        "Mi dirección IP es 203.0.113.201 y me sale 'acceso bloqueado' cuando intento entrar a mi cuenta",
        ["203.0.113.201"],
    ),
    (
        "ip",
        "I'm using the VA clinic wifi (198.51.100.4) and the portal says suspicious location",
        ["198.51.100.4"],
    ),
    (
        "ip",
        "ip=192.0.2.77 time=08:14 - locked out after 1 wrong password, that's too strict",
        ["192.0.2.77"],
    ),
    (
        "ip",
        "Your security system flagged my address 2001:0db8:0000:0000:0000:ff00:0042:8329 as "
        "foreign. I'm in Ohio",
        ["2001:0db8:0000:0000:0000:ff00:0042:8329"],
    ),
    (
        "ip",
        "我的IP地址是198.51.100.162，网站说我的位置不在美国，但我住在纽约",
        ["198.51.100.162"],
    ),
    (
        "ip",
        "blocked again. ip 203.0.113.9 / 203.0.113.10 (it changes between my phone and tablet)",
        ["203.0.113.9", "203.0.113.10"],
    ),
    (
        "ip",
        "The page showed 'Your IP (192.0.2.240) has been temporarily restricted'. I only tried "
        "to log in twice",
        ["192.0.2.240"],
    ),
    (
        "ip",
        "Địa chỉ IP của tôi là 203.0.113.88, không vào được trang web của VA",
        ["203.0.113.88"],
    ),
    (
        "ip",
        "i live overseas (retired in Thailand) and use a VPN, exit address 198.51.100.213, "
        "still says access from outside US not allowed",
        ["198.51.100.213"],
    ),
    (
        "ip",
        "Got error 403 forbidden. host says remote_addr 2001:db8::1f2e:3a4b",
        ["2001:db8::1f2e:3a4b"],
    ),
    (
        "ip",
        "IP: 192.0.2.5\nBrowser: Chrome 120\nThe upload button for my medical evidence does nothing",
        ["192.0.2.5"],
    ),
    (
        "ip",
        "Mon adresse IP 198.51.100.59 est bloquée depuis hier, impossible de voir mes paiements de retraite",
        ["198.51.100.59"],
    ),
    (
        "ip",
        "you blocked my home network 203.0.113.114 after my wife and I both logged in to our own accounts",
        ["203.0.113.114"],
    ),
    (
        "ip",
        "IP address is 192 . 0 . 2 . 61 (had to type spaces, autocorrect kept making it a link)",
        ["192 . 0 . 2 . 61"],
    ),
    (
        "ip",
        "내 IP 주소는 198.51.100.140 입니다. 로그인하면 계속 차단됩니다",
        ["198.51.100.140"],
    ),
    (
        "ip",
        "cloudflare-type page says 'ray id 7c1a... your ip: 2001:db8:85a3::8a2e:370:7334'. "
        "cannot reach the claim status page",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "Access log might show me at 203.0.113.172 around 2:30pm today when the form crashed "
        "and lost my whole 21-0966",
        ["203.0.113.172"],
    ),
    (
        "ip",
        "public ip 198.51.100.96 — library computer, in case the lockout is on my end",
        ["198.51.100.96"],
    ),
    (
        "ip",
        "Мой IP 192.0.2.199, сайт пишет «слишком много запросов», хотя я зашел один раз",
        ["192.0.2.199"],
    ),
    (
        "ip",
        "the error page listed two addresses, 192.0.2.18 and 2001:db8:1::ab9:c0a8:102, "
        "both are mine (router + phone)",
        ["192.0.2.18", "2001:db8:1::ab9:c0a8:102"],
    ),
    (
        "ip",
        "Unblock please: 203.0.113.\u200b63 (home)",
        ["203.0.113.\u200b63"],
    ),
    # ---------------------------------------------------------------- itin_ein
    (
        "itin_ein",
        "I don't have an SSN, my ITIN is 912-78-4431 and the form requires SSN. What do I do?",
        ["912-78-4431"],
    ),
    (
        "itin_ein",
        "EIN for my small business is 45-2219087, the vendor registration page says invalid",
        ["45-2219087"],
    ),
    (
        "itin_ein",
        "ITIN: 9 5 0 - 7 1 - 2 2 8 4 (spouse of a veteran, living abroad). Field rejects it",
        ["9 5 0 - 7 1 - 2 2 8 4"],
    ),
    (
        "itin_ein",
        "Mi número ITIN es 987-81-5520 y no me deja continuar con la solicitud de beneficios "
        "de sobreviviente",
        ["987-81-5520"],
    ),
    (
        "itin_ein",
        "our veteran-owned business EIN 83-1047726 does not match in SAM, but the IRS letter says it does",
        ["83-1047726"],
    ),
    (
        "itin_ein",
        "Tax ID 934721193 (it's an ITIN) is being read as an SSN on the 1099 page",
        ["934721193"],
    ),
    (
        "itin_ein",
        "The trust for my father's pension has employer ID 26-4418390. The form only has a box for SSN",
        ["26-4418390"],
    ),
    (
        "itin_ein",
        "我的个人报税号码 ITIN 是 975-90-1834，系统说号码无效",
        ["975-90-1834"],
    ),
    (
        "itin_ein",
        "I typed EIN 91-3306718 but meant 91-3306781, please correct on the caregiver agency application",
        ["91-3306718", "91-3306781"],
    ),
    (
        "itin_ein",
        "itin 900 70 3356 - renewal letter from IRS attached, but your page wont let me upload",
        ["900 70 3356"],
    ),
    (
        "itin_ein",
        "Số ITIN của vợ tôi là 963-84-2207, trang web không chấp nhận",
        ["963-84-2207"],
    ),
    (
        "itin_ein",
        "F.E.I.N.: 62-1885403\nState home for veterans, billing portal errors out when saving",
        ["62-1885403"],
    ),
    (
        "itin_ein",
        "my wife's taxpayer number is an ITIN (941-88-6612) since she's not a citizen yet. "
        "spousal form crashes",
        ["941-88-6612"],
    ),
    (
        "itin_ein",
        "Employer Identification Number 04-3571192 for the estate of my late husband. The page times out",
        ["04-3571192"],
    ),
    (
        "itin_ein",
        "Número de identificación del empleador: 74-2960013. Somos una agencia de cuidado en "
        "casa para veteranos",
        ["74-2960013"],
    ),
    (
        "itin_ein",
        "ITIN#958-73-0049 keeps getting 'SSN must not start with 9'. It's NOT an SSN",
        ["958-73-0049"],
    ),
    (
        "itin_ein",
        "EIN 20\u00a04417635 - company pays for my retiree health premium, page says bad format",
        ["20\u00a04417635"],
    ),
    (
        "itin_ein",
        "ITIN 919.82.6605 entered on the direct deposit form, it says identity cannot be verified",
        ["919.82.6605"],
    ),
    (
        "itin_ein",
        "Ang ITIN ng asawa ko ay 990-92-4418. Hindi ito tinatanggap ng form",
        ["990-92-4418"],
    ),
    (
        "itin_ein",
        "our funeral home's EIN is 56 2238841 - the burial allowance claim form has no place to put it",
        ["56 2238841"],
    ),
    (
        "itin_ein",
        "I am a non-citizen spouse, ITIN 9 7 2 7 7 1 1 5 0. Is an ITIN allowed for the survivor pension?",
        ["9 7 2 7 7 1 1 5 0"],
    ),
    (
        "itin_ein",
        "Numéro ITIN 983-76-5102, le formulaire ne l'accepte pas",
        ["983-76-5102"],
    ),
    (
        "itin_ein",
        "Payer EIN shown on my 1099-R is 52-0811427 but the 1099-R viewer cuts it off",
        ["52-0811427"],
    ),
    (
        "itin_ein",
        "ITIN 966-80-7713 expired in 2023 and renewed 2024 - your system still says expired",
        ["966-80-7713"],
    ),
    (
        "itin_ein",
        "EIN: 38–4402957 (my LLC for contract work after retiring from the Air Force)",
        ["38–4402957"],
    ),
    # ---------------------------------------------------------------- license
    (
        "license",
        "ID.me asked for my driver's license and rejected it. CA DL D4417203, expires 2027",
        ["D4417203"],
    ),
    (
        "license",
        "Florida license W426-545-30-761-0 won't verify, I renewed it last month",
        ["W426-545-30-761-0"],
    ),
    (
        "license",
        "NY driver license # 412 887 903 - the identity check says no match",
        ["412 887 903"],
    ),
    (
        "license",
        "My Texas DL is 40218876 but the VA travel pay form asks for a 9 character ID",
        ["40218876"],
    ),
    (
        "license",
        "Número de licencia de conducir: B2203917 (California). El sistema no lo reconoce",
        ["B2203917"],
    ),
    (
        "license",
        "state ID card number S530-4417-2209 (Illinois). My father doesn't drive anymore so "
        "he only has state ID",
        ["S530-4417-2209"],
    ),
    (
        "license",
        "Michigan license S 123 456 789 012 entered with spaces and without, both fail",
        ["S 123 456 789 012"],
    ),
    (
        "license",
        "DL#: WDLXK2093MN1 (Washington). Says 'document number not valid'",
        ["WDLXK2093MN1"],
    ),
    (
        "license",
        "我的驾照号码是 Y6620148（加州），身份验证一直失败",
        ["Y6620148"],
    ),
    (
        "license",
        "PA drivers license 29 441 873, issued 2019. Photo upload worked but number didn't",
        ["29 441 873"],
    ),
    (
        "license",
        "NJ DL K3012 48773 09211 - field only allows 14 characters, mine has 15",
        ["K3012 48773 09211"],
    ),
    (
        "license",
        "I made a typo in my license number, wrote F55102884 instead of F55102848. Ohio? no, "
        "I'm in Georgia, but same thing",
        ["F55102884", "F55102848"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là D8834102 (California), xác minh danh tính bị lỗi",
        ["D8834102"],
    ),
    (
        "license",
        "Veteran designation on my license (VA state ID 078-443-921) - the site says my ID "
        "is not a REAL ID but it is",
        ["078-443-921"],
    ),
    (
        "license",
        "Virginia DMV customer number T64-22-0917 is what's on my license. it's rejected",
        ["T64-22-0917"],
    ),
    (
        "license",
        "licence no. A021 334 5587 (Arizona). I'm a snowbird so my mail goes to Michigan",
        ["A021 334 5587"],
    ),
    (
        "license",
        "운전면허 번호 E4471093 입력 후 본인확인 실패라고 나옵니다",
        ["E4471093"],
    ),
    (
        "license",
        "Driver's License: 1127 3390 48\nState: Maryland? no, Minnesota\nIdentity verification keeps failing",
        ["1127 3390 48"],
    ),
    (
        "license",
        "Mi licencia de Texas es 3 4 8 8 1 2 0 7 y el formulario dice que falta un dígito",
        ["3 4 8 8 1 2 0 7"],
    ),
    (
        "license",
        "Colorado DL 09-114-2287 won't verify on login.gov. Expired? No, good till 2029",
        ["09-114-2287"],
    ),
    (
        "license",
        "the ID check asks license number and I put N200\u00a0418\u00a0332\u00a0761 "
        "(Nebraska? no, it's my MN one) and it says not found",
        ["N200\u00a0418\u00a0332\u00a0761"],
    ),
    (
        "license",
        "Водительское удостоверение штата Нью-Йорк 771 205 486, проверка личности не проходит",
        ["771 205 486"],
    ),
    (
        "license",
        "wife's state id: M-240-118-442-070. She is the payee for my pension",
        ["M-240-118-442-070"],
    ),
    (
        "license",
        "MA license S88120473 — the form says must start with 2 letters?? Massachusetts uses one letter",
        ["S88120473"],
    ),
    (
        "license",
        "permis de conduire (Louisiane) n° 008812274, refusé par la vérification d'identité",
        ["008812274"],
    ),
    # ---------------------------------------------------------------- medicare
    (
        "medicare",
        "My new Medicare number is 1EG4-TE5-MK73 but the VA community care form only takes "
        "the old style number",
        ["1EG4-TE5-MK73"],
    ),
    (
        "medicare",
        "medicare # 2RH7KW3PD58, the Part B premium page says not found",
        ["2RH7KW3PD58"],
    ),
    (
        "medicare",
        "MBI: 3CU9-FN2-XA41\nI'm trying to enroll in FEHB and coordinate with Medicare",
        ["3CU9-FN2-XA41"],
    ),
    (
        "medicare",
        "The old card had my SSN with an A on the end, 412-58-3307A. The new one is "
        "4GJ1HP6RT22. Which do you want?",
        ["412-58-3307A", "4GJ1HP6RT22"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 5KM8 YA0 CW63. La página me dice que no es válido",
        ["5KM8 YA0 CW63"],
    ),
    (
        "medicare",
        "Medicare ID 6np2de7hj19 (typed lowercase on my phone, does it matter?) gives error",
        ["6np2de7hj19"],
    ),
    (
        "medicare",
        "my mother's Medicare Beneficiary Identifier is 7QR5-MT4-KY80, please update her "
        "TRICARE for Life record",
        ["7QR5-MT4-KY80"],
    ),
    (
        "medicare",
        "我母亲的联邦医疗保险号码是 8TW3-AC9-GN37，网站不接受",
        ["8TW3-AC9-GN37"],
    ),
    (
        "medicare",
        "HICN 529448120B (spouse's claim) — your form wants 11 characters and I don't have the new card yet",
        ["529448120B"],
    ),
    (
        "medicare",
        "Medicare no. 9XY6RF1MP04. I'm 66, retired from the Postal Service, trying to suspend FEHB",
        ["9XY6RF1MP04"],
    ),
    (
        "medicare",
        "Số Medicare của tôi là 1AC2-DH3-EE45, không đăng ký được",
        ["1AC2-DH3-EE45"],
    ),
    (
        "medicare",
        "typo: I put 2HK9VU8WX61, should be 2HK9VU8WX16 on the Medicare number line",
        ["2HK9VU8WX61", "2HK9VU8WX16"],
    ),
    (
        "medicare",
        "Medicare card #: 3DF4 GG5 QR27 — the Part D page keeps logging me out",
        ["3DF4 GG5 QR27"],
    ),
    (
        "medicare",
        "Railroad retiree, my old medicare number was MA 304-22-7719. New MBI 4PW7TY2AN88",
        ["MA 304-22-7719", "4PW7TY2AN88"],
    ),
    (
        "medicare",
        "메디케어 번호 5VX0-KM1-HD39 를 입력했는데 확인이 안 됩니다",
        ["5VX0-KM1-HD39"],
    ),
    (
        "medicare",
        "MBI=6AY3NC4FF50 for my husband. the caregiver program form crashes at step 4",
        ["6AY3NC4FF50"],
    ),
    (
        "medicare",
        "My Medicare number (7JT8-QW6-PR61) shows on the statement but the page says no record for me",
        ["7JT8-QW6-PR61"],
    ),
    (
        "medicare",
        "Ang numero ng Medicare ko ay 8RC1EX7TK72. Hindi gumagana ang form",
        ["8RC1EX7TK72"],
    ),
    (
        "medicare",
        "Medicare\u00a0#\u00a09UH5\u00a0MA3\u00a0YY93 please update, I changed supplement plans",
        ["9UH5\u00a0MA3\u00a0YY93"],
    ),
    (
        "medicare",
        "old claim number on my red white and blue card: 214 66 9031 D (widow's benefit)",
        ["214 66 9031 D"],
    ),
    (
        "medicare",
        "Numéro Medicare 1FD6-PK9-CA14, la page de la partie B ne se charge pas",
        ["1FD6-PK9-CA14"],
    ),
    (
        "medicare",
        "the Medicare # field rejects dashes. it's 2MN0-HT2-RE25, entered 2MN0HT2RE25 too",
        ["2MN0-HT2-RE25", "2MN0HT2RE25"],
    ),
    (
        "medicare",
        "Номер Medicare 3KA7-VN8-TG62, сайт выдает ошибку при записи в программу",
        ["3KA7-VN8-TG62"],
    ),
    (
        "medicare",
        "medicare number 4 T E 2 - H N 9 - R W 5 0 (read it to my son over the phone, he typed it)",
        ["4 T E 2 - H N 9 - R W 5 0"],
    ),
    (
        "medicare",
        "HIC number 307-44-1286A on my 2014 letter. The MBI lookup tool says 'no match' for my details",
        ["307-44-1286A"],
    ),
    # ---------------------------------------------------------------- name
    (
        "name",
        "I am filling this out for my father, Harold J. Brennan, who served in Korea. The form "
        "won't let me sign as his helper",
        ["Harold J. Brennan"],
    ),
    (
        "name",
        "My name is Dolores Castillo-Vega and the hyphen breaks the name field",
        ["Dolores Castillo-Vega"],
    ),
    (
        "name",
        "Name on the letter is spelled wrong: Thomas Okonkwo-Ade, not Thomas Okonkwo Ade",
        ["Thomas Okonkwo-Ade", "Thomas Okonkwo Ade"],
    ),
    (
        "name",
        "veteran: Raymond L. Fitzgerald III. The suffix dropdown has only Jr and Sr",
        ["Raymond L. Fitzgerald III"],
    ),
    (
        "name",
        "Soy Guadalupe Hernández Ruiz, viuda de un veterano de la Marina. La página no acepta dos apellidos",
        ["Guadalupe Hernández Ruiz"],
    ),
    (
        "name",
        "the apostrophe in my name (Patrick O'Sullivan) gives 'invalid characters'",
        ["Patrick O'Sullivan"],
    ),
    (
        "name",
        "my mom Nguyen Thi Lan passed in March and the survivor form still shows her as the payee",
        ["Nguyen Thi Lan"],
    ),
    (
        "name",
        "Please correct spouse name to Anneliese Brandt-Müller, the umlaut was removed",
        ["Anneliese Brandt-Müller"],
    ),
    (
        "name",
        "我父亲的名字是 Chen Jianguo（陈建国），他是越战老兵，表格不接受中文名字",
        ["Chen Jianguo", "陈建国"],
    ),
    (
        "name",
        "submitted by DeShawn M. Whitaker, daughter of SSG (ret.) Curtis Whitaker",
        ["DeShawn M. Whitaker", "Curtis Whitaker"],
    ),
    (
        "name",
        "The NPRC request for my grandfather's records, Stanislaw Kowalczyk, WWII 1942-45, "
        "keeps asking for a service number I don't have",
        ["Stanislaw Kowalczyk"],
    ),
    (
        "name",
        "Name: Margaret-Ann Delacroix\nthe last name field is limited to 10 letters?",
        ["Margaret-Ann Delacroix"],
    ),
    (
        "name",
        "Tên tôi là Trần Văn Minh. Trang web đổi tên tôi thành Tran Van Mihn sau khi lưu",
        ["Trần Văn Minh", "Tran Van Mihn"],
    ),
    (
        "name",
        "i'm the POA for my uncle earl w. jenkins jr and cant find where to upload the POA",
        ["earl w. jenkins jr"],
    ),
    (
        "name",
        "Login shows someone else's name, 'Welcome, Priya Raghunathan' — I am not Priya",
        ["Priya Raghunathan"],
    ),
    (
        "name",
        "제 이름은 박지영 (Park Ji-young) 입니다. 영문 이름 칸에 하이픈이 들어가지 않아요",
        ["박지영", "Park Ji-young"],
    ),
    (
        "name",
        "The FERS survivor annuity application lists my late husband as Walter Szymanski but "
        "it should be Walter F. Szymanski Sr.",
        ["Walter Szymanski", "Walter F. Szymanski Sr."],
    ),
    (
        "name",
        "Ako si Rosario dela Cruz, asawa ng beterano. Hindi ko ma-update ang aking pangalan",
        ["Rosario dela Cruz"],
    ),
    (
        "name",
        "my married name is Kimberly Haas-Owens and the SSA record still shows my maiden name",
        ["Kimberly Haas-Owens"],
    ),
    (
        "name",
        "Je remplis ce formulaire pour mon père, Jean-Baptiste Moreau, ancien combattant. Le "
        "site refuse le trait d'union",
        ["Jean-Baptiste Moreau"],
    ),
    (
        "name",
        "For the headstone application: SGT Luis Alberto Figueroa, USMC, 1966-1970. The "
        "inscription preview cuts off the middle name",
        ["Luis Alberto Figueroa"],
    ),
    (
        "name",
        "Меня зовут Ольга Петровна Смирнова, я вдова ветерана. Не могу ввести отчество",
        ["Ольга Петровна Смирнова"],
    ),
    (
        "name",
        "caregiver listed as\u00a0Fatima Al-Hassan\u00a0is wrong, she moved out; new caregiver is her sister",
        ["Fatima Al-Hassan"],
    ),
    (
        "name",
        'signed, Bernard "Bernie" Kaczmarek — 82nd Airborne \'68',
        ['Bernard "Bernie" Kaczmarek'],
    ),
    (
        "name",
        "Mwen ap ekri pou manman mwen, Marie-Claude Jean-Louis. Fòm nan pa aksepte non li",
        ["Marie-Claude Jean-Louis"],
    ),
    # ---------------------------------------------------------------- passport
    (
        "passport",
        "For the overseas address verification I uploaded my passport, number 561234987, and "
        "the page said 'document unreadable'",
        ["561234987"],
    ),
    (
        "passport",
        "US passport # A04418823 (next generation passport starts with a letter) is rejected as too long",
        ["A04418823"],
    ),
    (
        "passport",
        "Passport No: 488 120 773\nI live in the Philippines and get my VA pension there",
        ["488 120 773"],
    ),
    (
        "passport",
        "Mi pasaporte mexicano es G21458830, soy esposa de un veterano y vivo en Guadalajara. "
        "El formulario solo acepta pasaporte de EE.UU.",
        ["G21458830"],
    ),
    (
        "passport",
        "The identity proofing asked for passport and I typed 5 4 7 7 1 2 0 0 9 - says "
        "expired, but it's valid through 2031",
        ["5 4 7 7 1 2 0 0 9"],
    ),
    (
        "passport",
        "我的护照号码是 E87654321，在申请退休福利时网站无法验证",
        ["E87654321"],
    ),
    (
        "passport",
        "passport#: 52-0447-918 (old style, issued 2015). the form strips the dashes and then fails",
        ["52-0447-918"],
    ),
    (
        "passport",
        "My father is a Filipino WWII veteran (Filipino Veterans Equity). His Philippine "
        "passport P3302178A was rejected",
        ["P3302178A"],
    ),
    (
        "passport",
        "Typo in the passport number I gave: it's 530891276, not 530891267",
        ["530891276", "530891267"],
    ),
    (
        "passport",
        "Số hộ chiếu Việt Nam của mẹ tôi là C4417702, trang web không nhận",
        ["C4417702"],
    ),
    (
        "passport",
        "Foreign address + passport required? I have UK passport 120448375 and US passport "
        "644102855, which one do you want",
        ["120448375", "644102855"],
    ),
    (
        "passport",
        "passport card number C01182934 (the wallet card, not the book). Is the card accepted?",
        ["C01182934"],
    ),
    (
        "passport",
        "여권번호 M12345678 을 입력하면 '유효하지 않은 번호' 라고 나와요",
        ["M12345678"],
    ),
    (
        "passport",
        "PASSPORT 59O228174 — wait that's a zero not an O: 590228174. the font on the page "
        "makes it hard to tell",
        ["59O228174", "590228174"],
    ),
    (
        "passport",
        "Numero ng pasaporte: P7719204B. Nakatira ako sa Cebu at kailangan ko ng Life Certificate",
        ["P7719204B"],
    ),
    (
        "passport",
        "Retired in Portugal. Upload of passport page worked, but the number field says "
        "invalid: 58\u00a01120\u00a0449",
        ["58\u00a01120\u00a0449"],
    ),
    (
        "passport",
        "Номер паспорта 72 4418391 (российский заграничный), я супруга ветерана",
        ["72 4418391"],
    ),
    (
        "passport",
        "Passport no. is 4 8 3 0 1 9 2 7 5. Expiration 04/2029. The DS-82 link on your page goes nowhere",
        ["4 8 3 0 1 9 2 7 5"],
    ),
    (
        "passport",
        "for the SSA foreign enforcement questionnaire, my passport number is 503-214-889, "
        "but the page only has 8 boxes",
        ["503-214-889"],
    ),
    (
        "passport",
        "Mon numéro de passeport est 18AV44102 (passeport français). Le site n'accepte que les chiffres",
        ["18AV44102"],
    ),
    (
        "passport",
        "Nimewo paspò mwen se RD2208814 (Ayiti). Fòm nan di li pa valab",
        ["RD2208814"],
    ),
    (
        "passport",
        "the passport field shows someone else's number 549920318 prefilled! that's not mine",
        ["549920318"],
    ),
    (
        "passport",
        "Passport (US): 6 7 1 2 0 4 4 3 8, issued Boston. Identity check keeps failing at the last step",
        ["6 7 1 2 0 4 4 3 8"],
    ),
    (
        "passport",
        "Número do passaporte brasileiro: FX447120, sou viúva de militar americano",
        ["FX447120"],
    ),
    (
        "passport",
        "رقم جواز سفري هو A12874459 ولا يقبله الموقع عند التسجيل",
        ["A12874459"],
    ),
    # ---------------------------------------------------------------- phone
    (
        "phone",
        "Please call me at 555-0147, I'm not good with computers. I'm 84 and a Navy vet",
        ["555-0147"],
    ),
    (
        "phone",
        "the callback form rejected my number (312) 555-0188 because of the parentheses",
        ["(312) 555-0188"],
    ),
    (
        "phone",
        "Phone: 202.555.0131\nbest time after 10am, I am on dialysis in the mornings",
        ["202.555.0131"],
    ),
    (
        "phone",
        "Llámenme al 915-555-0123, no entiendo la carta que me mandaron sobre mi pago",
        ["915-555-0123"],
    ),
    (
        "phone",
        "my cell is +1 410 555 0172 and the two-step code never comes",
        ["+1 410 555 0172"],
    ),
    (
        "phone",
        "I live in Germany (retired Army). My number is +49 30 5550 1234 and the form only allows 10 digits",
        ["+49 30 5550 1234"],
    ),
    (
        "phone",
        "请打电话给我 626-555-0199，我英文不好",
        ["626-555-0199"],
    ),
    (
        "phone",
        "changed phone to 8165550162 but the text messages still go to my old number 816-555-0109",
        ["8165550162", "816-555-0109"],
    ),
    (
        "phone",
        "Tel. 1-800-555-0100 is what your letter says to call but it's disconnected?? My own "
        "number is 555-0165 if someone can call back",
        ["555-0165"],
    ),
    (
        "phone",
        "Vui lòng gọi cho tôi theo số (714) 555-0138, con tôi sẽ dịch",
        ["(714) 555-0138"],
    ),
    (
        "phone",
        "retired in the Philippines, my number is +63 917 555 0142, the form wants a US area code",
        ["+63 917 555 0142"],
    ),
    (
        "phone",
        "ph# 907 555 0114 ext 2 (that's my daughter's house, I live with her)",
        ["907 555 0114 ext 2"],
    ),
    (
        "phone",
        "I mistyped my phone as 555-0191, correct is 555-0119. Please update my account",
        ["555-0191", "555-0119"],
    ),
    (
        "phone",
        "전화번호 213-555-0157 로 연락 주세요. 웹사이트가 너무 어려워요",
        ["213-555-0157"],
    ),
    (
        "phone",
        "Mobile:+1(505)555-0177 — the verification SMS arrives 20 minutes late and is expired",
        ["+1(505)555-0177"],
    ),
    (
        "phone",
        "Tawagan po ako sa 650-555-0126. Matanda na ako at hindi marunong sa computer",
        ["650-555-0126"],
    ),
    (
        "phone",
        "home phone 704\u00a0555\u00a00153, no cell phone. The site requires a mobile number "
        "for login, that's not fair to older vets",
        ["704\u00a0555\u00a00153"],
    ),
    (
        "phone",
        "Мой телефон +1 718 555 0144, пожалуйста позвоните, не могу войти в аккаунт",
        ["+1 718 555 0144"],
    ),
    (
        "phone",
        "I'm in Mexico now. cel 52 33 5550 1199, the phone field won't take the country code",
        ["52 33 5550 1199"],
    ),
    (
        "phone",
        "call my wife at five five five, zero one eight four. she handles our paperwork",
        ["five five five, zero one eight four"],
    ),
    (
        "phone",
        "Appelez-moi au 617-555-0135 s'il vous plaît",
        ["617-555-0135"],
    ),
    (
        "phone",
        "PHONE NUMBER 303 555 01 61 ENTERED, SYSTEM SAYS INVALID",
        ["303 555 01 61"],
    ),
    (
        "phone",
        "Rele m nan 305-555-0193, mwen pa konprann lèt la",
        ["305-555-0193"],
    ),
    (
        "phone",
        "UK based veteran, phone +44 20 5550 0143. No option for international numbers on the contact form",
        ["+44 20 5550 0143"],
    ),
    (
        "phone",
        "text me at 414-555-0170 when my records request is done, I don't check email much",
        ["414-555-0170"],
    ),
    # ---------------------------------------------------------------- ssn
    (
        "ssn",
        "The form says my SSN 231-45-6789 is already in use?? I only applied once",
        ["231-45-6789"],
    ),
    (
        "ssn",
        "SSN: 412 58 3307. I am applying for my retirement benefits and it says no match",
        ["412 58 3307"],
    ),
    (
        "ssn",
        "my social is 529448120 and my wife's is 529448121 - the form swapped them",
        ["529448120", "529448121"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 611-20-4478, no puedo entrar a mi cuenta",
        ["611-20-4478"],
    ),
    (
        "ssn",
        "ss# 287-66-1049, veteran's file number is the same as SSN, the page asks for both "
        "and says they can't match",
        ["287-66-1049"],
    ),
    (
        "ssn",
        "I typed my SSN wrong on the application: 301-44-8219 should be 301-44-8291",
        ["301-44-8219", "301-44-8291"],
    ),
    (
        "ssn",
        "我的社会安全号码是 548-71-2036，网站说号码不对",
        ["548-71-2036"],
    ),
    (
        "ssn",
        "Social Security #\n  214 66 9031\nfor my late husband, I'm applying for the lump sum death payment",
        ["214 66 9031"],
    ),
    (
        "ssn",
        "the last step shows 'SSN 0 7 8 - 1 5 - 1 1 2 0 not verified'. That's mine",
        ["0 7 8 - 1 5 - 1 1 2 0"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi: 623-19-4450. Tôi không thể đăng nhập",
        ["623-19-4450"],
    ),
    (
        "ssn",
        "SSN.307.44.1286 - dots because the phone keyboard, sorry",
        ["307.44.1286"],
    ),
    (
        "ssn",
        "my dad's social 455-03-7782 is on the DD-214 as service number (Vietnam era) and the "
        "form wants them separate",
        ["455-03-7782"],
    ),
    (
        "ssn",
        "사회보장번호 562-88-0147 입력하면 계속 오류가 나요",
        ["562-88-0147"],
    ),
    (
        "ssn",
        "SSN\u00a0219\u00a009\u00a04471 and DOB were entered correctly but identity check failed 3 times",
        ["219\u00a009\u00a04471"],
    ),
    (
        "ssn",
        "FERS annuity: my SSN on the OPM record ends 4471 but my actual number is 501-22-4417",
        ["501-22-4417"],
    ),
    (
        "ssn",
        "Ang aking SSN ay 580-33-1274. Hindi ako makapag-log in",
        ["580-33-1274"],
    ),
    (
        "ssn",
        "Please reach out about my claim, ssn 38504 7216 (sorry, the box cut it weird)",
        ["38504 7216"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 143-72-6605, не могу получить справку о пенсии",
        ["143-72-6605"],
    ),
    (
        "ssn",
        "The SSA-1099 request page prefilled SSN 667-01-2384 which is not mine, mine is 667-01-2348",
        ["667-01-2384", "667-01-2348"],
    ),
    (
        "ssn",
        "social security no. 246–81–3579 (copied from my card, the dashes look odd)",
        ["246–81–3579"],
    ),
    (
        "ssn",
        "Mon numéro de sécurité sociale américain est 721-04-9930, impossible de créer un compte",
        ["721-04-9930"],
    ),
    (
        "ssn",
        "VA file number = SSN = 392718064. the claim status page shows 'file number not found'",
        ["392718064"],
    ),
    (
        "ssn",
        "ssn is 4 3 1 - 2 2 - 0 8 7 6, I'm reading it off my card to my granddaughter",
        ["4 3 1 - 2 2 - 0 8 7 6"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 590-61-3328, sit la pa vle aksepte l",
        ["590-61-3328"],
    ),
    (
        "ssn",
        "رقم الضمان الاجتماعي الخاص بي 602-41-7785، والموقع يرفضه",
        ["602-41-7785"],
    ),
    # ---------------------------------------------------------------- url_personal
    (
        "url_personal",
        "The link in the email, https://www.example.gov/verify?email=rjohnson52@example.com"
        "&token=9f8e7d, says expired",
        ["rjohnson52@example.com", "9f8e7d"],
    ),
    (
        "url_personal",
        "this page is blank: https://portal.example.org/users/mgarcia1957/claims/status",
        ["mgarcia1957"],
    ),
    (
        "url_personal",
        "I got sent to https://example.com/account;jsessionid=A1B2C3D4E5F6G7H8 and then logged out",
        ["A1B2C3D4E5F6G7H8"],
    ),
    (
        "url_personal",
        "link from my letter: https://benefits.example.net/letters/view?ssn=412583307&type=award "
        "- why is my SSN in the address bar??",
        ["412583307"],
    ),
    (
        "url_personal",
        "El enlace https://www.example.gov/es/perfil?usuario=lupe.reyes&paso=3 me da error 500",
        ["lupe.reyes"],
    ),
    (
        "url_personal",
        "https://example.org/reset-password?user=tkowalski&code=784512 - the reset code never works",
        ["tkowalski", "784512"],
    ),
    (
        "url_personal",
        "the claim page URL is https://claims.example.com/veteran/Harold.Brennan/documents and "
        "the upload fails",
        ["Harold.Brennan"],
    ),
    (
        "url_personal",
        "shared link https://example.net/share/records?sid=5c1e9a77b2f04d13 opens my records "
        "for anyone?? that's a privacy problem",
        ["5c1e9a77b2f04d13"],
    ),
    (
        "url_personal",
        "网页 https://www.example.com/zh/account?email=wei.zhang88%40example.com 打不开",
        ["wei.zhang88%40example.com"],
    ),
    (
        "url_personal",
        "After login I land on https://example.gov/dashboard?name=Dolores+Castillo&dob=1951-07-02 "
        "which shows an error",
        ["Dolores+Castillo", "1951-07-02"],
    ),
    (
        "url_personal",
        "The survey link example.org/survey/r/jmurphy_44?ref=email won't load",
        ["jmurphy_44"],
    ),
    (
        "url_personal",
        "Đường dẫn https://example.net/tai-khoan/hoa.tran.1960/ho-so báo lỗi 404",
        ["hoa.tran.1960"],
    ),
    (
        "url_personal",
        "https://pay.example.com/receipt?acct=4418203377&amt=40.00 — receipt page crashes",
        ["4418203377"],
    ),
    (
        "url_personal",
        "the 'track my request' link http://records.example.org/track?lastname=Kowalczyk"
        "&sn=31448752 just loops back to the home page",
        ["Kowalczyk", "31448752"],
    ),
    (
        "url_personal",
        "Pasted from my browser: https://example.com/profile/~bwhitaker/settings;session="
        "e7c2f91ab3 (page is blank)",
        ["bwhitaker", "e7c2f91ab3"],
    ),
    (
        "url_personal",
        "링크 https://example.org/ko/user?id=park.jiyoung77 에서 오류가 납니다",
        ["park.jiyoung77"],
    ),
    (
        "url_personal",
        "The confirmation email sent me to https://example.gov/confirm/u/555-0147/ and it "
        "shows my phone number in the link??",
        ["555-0147"],
    ),
    (
        "url_personal",
        "https://www.example.net/caregiver/apply?veteran=raymond.fitzgerald&caregiver="
        "susan.fitzgerald - the page says 'not authorized'",
        ["raymond.fitzgerald", "susan.fitzgerald"],
    ),
    (
        "url_personal",
        "link: https://example.com/login?redirect=%2Fhome&auth_token=eyJhbGciOiJIUzI1NiJ9"
        ".dGVzdA.x9Kq — gives 'invalid token'",
        ["eyJhbGciOiJIUzI1NiJ9.dGVzdA.x9Kq"],
    ),
    (
        "url_personal",
        "Le lien https://example.org/fr/compte/jlefebvre/paiements ne fonctionne pas",
        ["jlefebvre"],
    ),
    (
        "url_personal",
        "when I click 'view 1099' it goes to https://example.com/docs/1099?member_id=M0044817"
        "&year=2024 and says not found",
        ["M0044817"],
    ),
    (
        "url_personal",
        "www.example.net/u/oldsoldier72 is my profile page and it shows another person's photo",
        ["oldsoldier72"],
    ),
    (
        "url_personal",
        "https://example.org/appointments?patient=Nguyen%20Thi%20Lan&date=2025-03-14 - "
        "can't cancel this appointment",
        ["Nguyen%20Thi%20Lan"],
    ),
    (
        "url_personal",
        "the unsubscribe link https://mail.example.com/unsub?e=Zmhvd2FyZEBleGFtcGxlLmNvbQ gives an error",
        ["Zmhvd2FyZEBleGFtcGxlLmNvbQ"],
    ),
    (
        "url_personal",
        "Ссылка https://example.net/ru/lk/dmitri.volkov?sessionid=b41f0c22 не открывается",
        ["dmitri.volkov", "b41f0c22"],
    ),
]

CLEAN: list[str] = [
    "the site keeps timing out on step 3 of 5",
    "Claim status page says 'Gathering evidence' since 02/11/2024, is that normal?",
    "I uploaded my 21-526EZ twice because the first upload showed 0% for an hour",
    "The button to download my DD-214 just spins. Tried Chrome and Edge",
    "Receipt number IOE0912345678 shows 'case was received' but nothing after 6 months",
    "EAC2412345678 - the case status tool says 'invalid receipt number' but it's on my notice",
    "Where do I find the SF-180? The link on the records page goes to a 404",
    "Appointment on March 4 at 9:30 am was cancelled with no reason given",
    "My award letter says $1,847.92 per month but my deposit was $1,663.00",
    "The COLA of 2.5% is not showing on my January statement",
    "Please add a print button to the benefit verification letter page",
    "Login.gov keeps asking for a code every single time, even on the same computer",
    "error 0x80070005 when I try to open the PDF form in Adobe",
    "code 504 gateway timeout after I hit submit on the travel claim",
    "Page 4 of the 1040-SR instructions link is broken",
    "The facility locator shows the Lincoln clinic as open on Sundays but it's closed",
    "I drove 2 hours to the Johns Hopkins Hospital appointment the portal booked, and it was cancelled",
    "Are offices closed on Martin Luther King Jr. Day? The page does not say",
    "Veterans Day hours are not listed for the regional office",
    "The text is too small on my iPad and zooming breaks the layout",
    "Form I-130 link from the spouse page goes to the wrong form",
    "DS-160 is not a VA form, why is it in the search results for 'travel pay'?",
    "Trying to fill the SF-86 for a contractor job after retiring, the save button does nothing",
    "Confirmation code VX7-22Q9 was shown but I never got the email confirmation",
    "ticket #448120 was closed without anyone contacting me",
    "I waited 47 minutes on the help line and then it hung up",
    "the help line menu doesn't have an option for survivors",
    "Version 3.2.1 of the app crashes when I open Messages",
    "The app update 4.12 logged me out and now face ID doesn't work",
    "Step 2 asks for my discharge date but the calendar only goes back to 1990",
    "Served 1969-1973 in the Army, the service history section only allows one period",
    "I was in the 101st Airborne, the unit dropdown does not list it",
    "The PACT Act screening questions repeat three times",
    "Burn pit registry page says 'under maintenance' for 3 days now",
    "My copay statement for $15.00 was already paid in October, still shows due",
    "Can't find where to request a replacement Veteran Health ID card",
    "The 1099-R for 2024 is not available yet, it's already February 12",
    "ZIP code 30303 gives 'no facilities found' but there's a clinic downtown",
    "search for zip 85001 returns results in New Mexico",
    "Please bring back the old eBenefits letters page, the new one is confusing",
    "The retirement estimator shows $0 for all ages, something is wrong",
    "OPM retirement processing is taking 9 months, is there any update on the backlog?",
    "Your annuity calculator does not include the FERS supplement",
    "The CSRS offset explanation page has a typo in the second paragraph",
    "FEHB open season ended Dec 9 and the plan comparison tool was down the last 2 days",
    "The link https://www.example.gov/benefits/apply?lang=es&step=2 opens in English",
    "https://www.example.gov/records/request loads very slowly on my phone",
    "The page at example.org/forms/sf-180 shows an old 2008 version of the form",
    "Could you add a dark mode? My eyes are not what they used to be",
    "The font is hard to read for people with low vision",
    "The screen reader skips the 'Continue' button on page 3",
    "NVDA reads the error message twice and never says which field is wrong",
    "Captcha is impossible for me, I have macular degeneration",
    "Timeout warning appears after only 15 minutes, I need more time to type",
    "The session expired while I was scanning documents, lost everything again",
    "Please allow saving a draft of the 21-0781 form",
    "I can't attach a file larger than 10 MB but my medical records PDF is 42 MB",
    "JPG uploads work but HEIC from my iPhone is rejected",
    "The decision letter dated 11/02/2023 is not in my documents list",
    "Rating went from 70% to 90% but the payment page still shows the old amount",
    "The combined rating calculator says 76% rounds to 80%, my letter says 70%",
    "I have 3 dependents but the form only lets me add 2",
    "Dependents section keeps deleting the second child when I save",
    "The school certification page for Chapter 35 is blank",
    "GI Bill statement of benefits shows 0 months remaining, I've used only 14",
    "The Post-9/11 GI Bill comparison tool lists a school that closed in 2022",
    "VR&E application got stuck at 'submitting' for 20 minutes",
    "Home loan COE request says 'system unavailable' every evening after 8 pm",
    "The certificate of eligibility download is a blank page",
    "Pension page says income limit is $16,551 but the letter says something else",
    "Aid and Attendance form 21-2680 needs a doctor's signature, can it be electronic?",
    "Is the 21-22 form for VSO representation still the current version?",
    "My VSO says they submitted my intent to file on Jan 3, but I don't see it",
    "The intent to file date shows 1/1/1900",
    "Survivors' DIC page talks about 'the veteran' and 'you' in a confusing way",
    "The burial flag application page loads but submit is greyed out",
    "Arlington National Cemetery scheduling page links to an old address",
    "Presidential Memorial Certificate request took 8 months",
    "Headstone order form does not have the option for a Wiccan emblem although it is approved",
    "Replacement medals request: page 2 crashes on Firefox 121",
    "NPRC says records from the 1973 fire may be lost, the page should explain what that means",
    "The St. Louis records center chat says offline all day",
    "My request number 2-11948077581 has not moved since August",
    "Please add the option to pick up records at the regional office",
    "I'm a retired federal employee and Services Online is not accepting my password",
    "OPM retirement services website shows 'page not found' after logging in",
    "Survivor annuity election form RI 92-19 cannot be found on the site",
    "The Thrift Savings Plan link from your page is broken",
    "TSP withdrawal estimate differs by $212 from the printed one",
    "Social Security statement shows earnings of $0 for 1987, I worked that whole year",
    "my earnings record for 2003 is missing, how do I correct it without calling",
    "The my Social Security account page says 'We cannot process your request at this time' every day",
    "Retirement application took 45 minutes, then error 'Sorry, something went wrong'",
    "I want to start benefits at 67 but the dropdown starts at 70",
    "The WEP/GPO page still mentions rules that were repealed",
    "Medicare Part B enrollment form CMS-40B link goes to the wrong PDF",
    "Where is the Part B special enrollment period form CMS-L564?",
    "IRMAA appeal page needs clearer instructions, I read it 4 times",
    "The SSA office locator says the office at Main Street moved, but gives no new address",
    "Waited 3 hours in the field office, the online appointment tool said 20 minutes",
    "Please allow uploading the SSA-44 online",
    "The replacement Social Security card service says not available in my state",
    "My benefit verification letter is dated 2023, how do I get a 2025 one?",
    "The SSA-1099 for last year has the wrong Medicare premium amount, $174.70 instead of $185.00",
    "Representative payee report form SSA-623 times out on page 6",
    "Tried to report a death of a family member online and there is no option for that",
    "The page says to bring 'form SSA-827' but does not say where to get it",
    "Community care referral expired before I could schedule, now I wait 30 more days",
    "The pharmacy refill button is missing for 2 of my 5 prescriptions",
    "Prescription tracking shows 'shipped' but the tracking number is invalid",
    "My Health eVet secure messages are not loading, spinning wheel",
    "Secure messaging says my care team is not accepting messages",
    "Lab results from 12/18 still not visible after 3 weeks",
    "The telehealth link (VA Video Connect) doesn't work on my Kindle Fire",
    "Video appointment at 2:00 pm, the provider never joined",
    "Check-in by text did not work at the Bay Pines clinic today",
    "Travel pay claim for 42 miles was denied as 'duplicate'",
    "Beneficiary travel reimbursement rate is 41.5 cents per mile, the page still says 41",
    "Mileage calculator says 0 miles for a 60-mile trip",
    "The hearing aid battery order page is gone",
    "Prosthetics order for size 11 shoes arrived as size 9, where do I report?",
    "CPAP supplies reorder link sends me to a page that says 'coming soon'",
    "Emergency care at a non-VA hospital: the 72-hour notification page isn't clear",
    "The crisis line banner covers the Submit button on my phone",
    "Copay relief application 10-10EZR asks for last year's income but doesn't say which year",
    "10-10EZ form lost my insurance info at step 7",
    "Enrollment status says 'pending' since 09/2024",
    "Priority group 5 vs 8, the page doesn't explain the difference in plain English",
    "The caregiver program stipend calculator shows Level 1 when we were approved for Level 2",
    "Caregiver support line number is missing from the caregiver page",
    "The Fisher House information page has wrong hours",
    "Walter Reed appointment shows in my VA list but with the wrong time zone",
    "Brooke Army Medical Center directions page is broken",
    "The Bob Hope Memorial Library link for veterans' history is dead",
    "Library of Congress Veterans History Project link should open in a new tab",
    "The Lincoln Memorial is not a VA facility but shows in the facility search",
    "I can't find the George Washington University Hospital in the community care locator",
    "The Washington Monument photo on the home page takes forever to load",
    "Mount Vernon is listed as a National Cemetery?? It isn't",
    "Roosevelt Island parking info is on the burial page by mistake",
    "Using Safari on a Mac, the date picker doesn't show",
    "Android 14, Samsung Galaxy, the app freezes on the splash screen",
    "Windows 11 with Edge, the print preview is cut off on the right",
    "The Microsoft Word version of the form doesn't open in LibreOffice",
    "The Google Maps link to the clinic goes to a parking lot 3 miles away",
    "The Amazon Smile link on the donations page is obsolete",
    "ID.me verification failed at the selfie step 4 times",
    "The ID.me video call queue said 180 minutes",
    "Switching from DS Logon to Login.gov deleted my saved forms",
    "DS Logon is going away, but the page still tells me to use it",
    "My CAC card reader isn't detected on the records portal",
    "The 2FA app code (6 digits) is always 'incorrect' even when fresh",
    "'Sorry, we couldn't verify your identity' with no reason",
    "The password rules are not shown until after I fail 3 times",
    "Password needs 12 characters and a symbol but the symbol list isn't shown",
    "The form won't accept an apostrophe in the street name field",
    "The 'Other' box in question 14 has a 50 character limit, not enough",
    "Question 9b is missing the option 'Not applicable'",
    "Section IV repeats Section II word for word",
    "Item 22 on the PDF and item 22 on the web form are different questions",
    "Page 7 says 'see page 12' but there are only 11 pages",
    "The 2019 version of the form is still linked in the FAQ",
    "The FAQ says processing takes 125 days, the tracker says 180",
    "Claim closed as 'duplicate' but I only filed once",
    "Decision review request (20-0996) got stuck in 'received'",
    "Supplemental claim 20-0995: the evidence upload button is hidden behind the chat icon",
    "Board appeal docket number 240118-55732 is not recognized by the status tool",
    "The hearing date of June 17, 2025 disappeared from my appeals page",
    "Higher-level review informal conference option doesn't let me pick a time",
    "Appeals status shows 'Remand' but no letter has arrived",
    "The mail-in address for evidence intake center is different on two pages",
    "Which address do I use, Janesville WI or Newnan GA? The pages conflict",
    "P.O. box for the pension management center isn't listed",
    "The fax number section on the page shows 'TBD'",
    "The Spanish version of the page is missing half the sections",
    "Please add Tagalog translations for the pension forms",
    "Translation of 'disability compensation' in Vietnamese is incorrect",
    "The Korean language toggle does nothing",
    "Chinese (Traditional) option shows Simplified characters",
    "Google Translate button breaks the form fields",
    "The chatbot answered my question about Medicare with a GI Bill answer",
    "Chatbot keeps saying 'I didn't understand that' to every question",
    "Please let me talk to a person, the virtual agent loops",
    "Survey pops up before I've even finished the form",
    "This feedback box only allows 500 characters, not enough to explain",
    "Thank you, the new claim tracker is much better than the old one",
    "Great job on the appointment reminders, very helpful",
    "Everything worked today, took 10 minutes. First time that happened!",
    "Nice work on the new letters page, finally I found my award letter",
    "Why do I have to re-enter my service branch every time?",
    "Coast Guard is missing from the branch list on the headstone form",
    "Space Force isn't in the dropdown either",
    "Merchant Marine WWII service isn't covered on the page, but it should be",
    "National Guard activation orders - where do I upload them?",
    "Reserve points statement upload fails at 99%",
    "My discharge was 'General under honorable conditions', the form only lists Honorable and Other",
    "Character of discharge upgrade page links to the DD-293 but the PDF is corrupted",
    "The Discharge Review Board page still says to mail forms to the old Arlington VA address",
    "The Camp Lejeune water page has a broken link to the claim form",
    "Agent Orange presumptive conditions list isn't updated with hypertension",
    "Gulf War illness page says 'last updated 2017'",
    "Radiation exposure veterans page has a 404 for the registry exam",
    "The hearing loss/tinnitus questionnaire asks the same question twice",
    "The C&P exam was scheduled 140 miles away when there is a clinic 15 miles away",
    "QTC exam rescheduling page doesn't show any open dates",
    "The exam contractor's portal says my appointment is on Feb 30, which doesn't exist",
    "Please send reminders 2 days before appointments, not 2 hours",
    "The reminder text came at 3:12 am",
    "The envelope says 'Important tax document' but it's just an ad for the app",
    "Letter ref no. VBA-2024-118 referenced but not attached",
    "Award amount table for 2025 rates has a row missing for 60% with spouse",
    "Rates table shows $3,737.85 for 100% but my letter shows $3,831.30 with spouse",
    "Retroactive payment of $4,210 arrived but no explanation letter",
    "Overpayment debt letter says I owe $2,318.44 but doesn't say why",
    "Debt Management Center payment page only accepts full payment, no installment option",
    "The Treasury offset page doesn't say which debt was offset",
    "Pay.gov receipt shows tracking ID 27FGH8KR but the VA says no payment received",
    "The waiver request form 5655 is hard to find",
    "Financial status report page times out before I can list all expenses",
    "Please allow paper statements again, I don't have internet at home most days",
    "The library computer blocks pop-ups so I can't see the PDF",
    "The page prints 24 pages for a 2-page letter",
    "Printing from Chrome cuts off the bottom of each page",
    "I'm 91 years old and the font is too small. Please make it bigger",
    "My grandson helped me but the form still says 'incomplete' with no detail",
    "My wife does all our paperwork and the site won't let her help me without a POA",
    "Please explain what 'fiduciary' means on the page",
    "Field exam for fiduciary was scheduled during my dialysis day",
    "Nursing home care page has no info about state veterans homes in Oregon",
    "State veterans home list is missing the one in Chula Vista",
    "Why does the page list 'Denver' twice in the cities dropdown?",
    "The map of Alaska facilities doesn't show Fairbanks",
    "Guam and Puerto Rico are missing from the state dropdown",
    "APO/FPO addresses are not accepted in the address form",
    "The military time option (1400 instead of 2:00 pm) would help",
    "The countdown timer says 00:00 but the page keeps working",
    "It said 'Your changes have been saved' and then nothing was saved",
    "Undo button deleted the whole section instead of one line",
    "The back button in the browser logs me out",
    "Two tabs open = both forms fail. Please warn people",
    "The page flickers on Firefox 128",
    "The 'Skip to content' link doesn't go anywhere",
    "PDF form is not fillable, I have to print it, sign it and scan it",
    "Electronic signature box doesn't work on touch screens",
    "Signature drawn with my finger comes out as a dot",
    "El formulario 21-526EZ en español no existe, solo en inglés",
    "La página de estado del reclamo dice 'error 500' desde el lunes",
    "No encuentro dónde descargar mi carta de beneficios",
    "El botón de 'Enviar' no funciona en mi teléfono Android",
    "Esperé 50 minutos en la línea de ayuda y se cortó la llamada",
    "La cita del 14 de marzo fue cancelada sin aviso",
    "Necesito la carta de concesión de 2024 para el banco, pero solo aparece la de 2023",
    "El enlace al formulario SF-180 está roto",
    "La calculadora de jubilación muestra $0 en todas las edades",
    "El sitio en español es muy lento y a veces cambia a inglés solo",
    "¿Dónde puedo ver el número de caso EAC2412345678? El sistema dice que no existe",
    "Por favor, agreguen más información en español sobre los beneficios para sobrevivientes",
    "我的理赔状态三个月没有更新",
    "网站上的中文翻译很多地方不对",
    "预约提醒短信总是发得太晚",
    "无法下载1099-R表格，页面一直空白",
    "请增加中文客服选项",
    "表格第5页的日期选择器不能用",
    "Trang web báo lỗi khi tôi tải hồ sơ y tế lên",
    "Không tìm thấy mẫu đơn 21-534EZ bằng tiếng Việt",
    "Cuộc hẹn khám lúc 10 giờ sáng bị hủy mà không báo trước",
    "Trang đăng nhập cứ yêu cầu mã xác minh mỗi lần",
    "청구 상태 페이지가 계속 로딩만 됩니다",
    "한국어 번역이 일부만 되어 있어요",
    "연금 계산기가 잘못된 금액을 보여줍니다",
    "Hindi gumagana ang pag-upload ng aking mga dokumento",
    "Walang Tagalog na bersyon ng form para sa pensyon",
    "Nakansela ang aking appointment nang walang abiso",
    "Страница статуса заявки не обновлялась с января",
    "Не могу скачать письмо о назначении пенсии",
    "Перевод на русский язык есть только на главной странице",
    "تعطل الموقع عند تحميل المستندات الطبية",
    "لا توجد نسخة عربية من نموذج الطلب",
    "Le formulaire de pension n'existe pas en français",
    "La page de rendez-vous affiche une erreur 503 depuis ce matin",
    "Sit la pa mache sou telefòn mwen",
    "Pa gen vèsyon kreyòl pou fòm pansyon an",
    "O site não carrega a página de pagamentos desde ontem",
    "Não encontro o formulário de benefícios para sobreviventes em português",
    "Step 4 of 6: 'Upload evidence' - nothing happens when I click Browse",
    "The form says 'required' next to a field that's already filled in",
    "Red error text doesn't say what's wrong, just 'invalid'",
    "Please explain the difference between 'service-connected' and 'non-service-connected' "
    "on the pension page",
    "It took 3 tries and 2 hours to file a simple address change",
    "The progress bar says 100% but the page says 'in progress'",
    "I was charged a $20 records fee for a free service?",
    "Records requests are free for veterans, the page says $65 for research",
    "The estimate says 10 business days, it has been 10 weeks",
    "Status 'closed - complete' but I got nothing in the mail",
    "Tracking code 9400 shows delivered, nothing in my mailbox. Was it a letter from you?",
    "The printable letter has the VA logo cut in half",
    "Why does the page refresh every 30 seconds? I lose my place",
    "Too many pop-ups asking me to rate the site",
    "Login works on my laptop but not on my iPhone 12",
    "The app says 'update required' but the App Store has no update",
    "Dark mode in the app makes the text invisible on the claims screen",
    "Please make the claim letters searchable by date",
    "Can you list all my appointments for 2025 in one place?",
    "The VA Form 10-7959C for CHAMPVA is rejected without explanation",
    "CHAMPVA claim for $87.50 was denied as 'not a covered service' for a flu shot",
    "TRICARE For Life coordination page is out of date",
    "Medicare Advantage and VA care page needs a simpler explanation",
    "Federal retirees: the FEHB premium table shows 2023 rates",
    "The annuity statement for December shows a deduction code 'K4' that isn't explained",
    "Deduction code 'MHR' on my OPM statement - what is this?",
    "Please add a way to change tax withholding online for OPM annuity",
    "Form W-4P link goes to the IRS home page not the form",
    "Interim annuity payments stopped in November with no letter",
    "Retirement application received date shows 01/01/0001",
    "CSA number vs CSF number confusion on the OPM page, please clarify",
    "Survivor benefits page mentions a 'Form 1794' and a 'Form RI 20-97' without links",
    "The phrase 'annuitant' is used without explanation",
    "I need the 1099-R from 2019 but only 3 years are available online",
    "Retirement counseling webinar link dated 2022 - is there a new one?",
    "Pay stub section shows gross $2,941.00 and net $2,580.18 but no itemization",
    "Thrift Savings Plan and FERS pages contradict each other about the MRA",
    "MRA table stops at birth year 1970 which is fine but the heading says 1975",
]
