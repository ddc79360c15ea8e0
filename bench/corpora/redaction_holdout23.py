# ruff: noqa: RUF001
"""Twenty-third held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites,
as written by the general public over an ordinary week: retirees on tablets, students on
phones, small-business owners between tasks, relatives filling forms for someone else. Some
are careful and some hurried; each comment reports a real problem with a form or service and
carries one or two pieces of personal data where a person would naturally put them. The corpus
was written without seeing the redaction rules (and without reading the earlier corpora) and
must not be used to tune them: it exists only to measure them.

All personal data here is invented. E-mail addresses and URLs use the reserved example domains
(example.com, example.net, example.org); IP addresses come from the documentation ranges
192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32; phone numbers use 555-01xx;
card numbers are published test numbers that pass the Luhn check; routing numbers pass the ABA
checksum; SSNs avoid the never-issued ranges; ITINs start with 9 and use the valid group digits;
Medicare numbers follow the MBI format. Any resemblance of a name, address or identifier to a
real person is accidental.

PERSONAL holds (kind, comment as typed, substrings that must not survive redaction). CLEAN holds
ordinary comments that must be stored unchanged.

Scoring normalizes text and substrings (NFKC, then removal of Unicode category Cf characters)
before checking whether a substring survived; for CLEAN it compares the normalized original with
the normalized output.
"""

PERSONAL: list[tuple[str, str, list[str]]] = [
    # ---------------------------------------------------------------- a_number
    (
        "a_number",
        "The I-90 page won't accept my A-number A204518837, says invalid format. It's right off my green "
        "card.",
        ["A204518837"],
    ),
    (
        "a_number",
        "my alien number is A-087-412-963 but the box only lets me type 8 digits??",
        ["A-087-412-963"],
    ),
    (
        "a_number",
        "Tried entering A 213 554 019 with spaces and without, both rejected on step 2",
        ["A 213 554 019"],
    ),
    (
        "a_number",
        "USCIS account shows the wrong A#. Mine is A#: 099-381-245, the site has someone else's.",
        ["099-381-245"],
    ),
    (
        "a_number",
        "Change of address form (AR-11) - A-Number 46827315 - it keeps timing out when I click submit",
        ["46827315"],
    ),
    (
        "a_number",
        "hi, for my mother, her alien registration no. is a071238846, the form says not found",
        ["a071238846"],
    ),
    (
        "a_number",
        "Mi número A es A-201-776-340 y la página dice que no coincide con mis datos. Ya lo revisé tres "
        "veces.",
        ["A-201-776-340"],
    ),
    (
        "a_number",
        "The FOIA request form asks for A-file number. Mine: A0 58 339 172. There's no field for the "
        "leading zero.",
        ["A0 58 339 172"],
    ),
    (
        "a_number",
        'Case status lookup works but linking my account fails at "Enter A-Number". I put A212009457, '
        "error says record locked.",
        ["A212009457"],
    ),
    (
        "a_number",
        "Correction: earlier I typed A21450387 but it's A214503871 (9 digits). Please update the ticket.",
        ["A21450387", "A214503871"],
    ),
    (
        "a_number",
        "我的外国人登记号码是 A098765412，网站一直显示“无效”。",
        ["A098765412"],
    ),
    (
        "a_number",
        "Sent my EAD renewal with A# 203-118-564 and the receipt notice printed a different number",
        ["203-118-564"],
    ),
    (
        "a_number",
        "A-Number:A215660983\nProblem: the biometrics appointment page is blank on Safari",
        ["A215660983"],
    ),
    (
        "a_number",
        "Why does the online filing require the A number when I already gave it on paper? It is A 0 9 4 3 7 "
        "2 8 1 5",
        ["A 0 9 4 3 7 2 8 1 5"],
    ),
    (
        "a_number",
        "Số A của tôi là A-207-339-418, tôi không thể đăng nhập để xem tình trạng hồ sơ.",
        ["A-207-339-418"],
    ),
    (
        "a_number",
        "The drop-down for 'Do you have an A-Number?' resets to No every time. I do, it's "
        "A\u00a0219\u00a0403\u00a0662.",
        ["A\u00a0219\u00a0403\u00a0662"],
    ),
    (
        "a_number",
        "my husband (alien reg # A 200-461-993) cannot upload his I-751 evidence, file size limit too small",
        ["A 200-461-993"],
    ),
    (
        "a_number",
        "pls fix, A-no. field strips the A so A078114520 becomes 078114520 and then fails validation",
        ["A078114520", "078114520"],
    ),
    (
        "a_number",
        "Naturalization eligibility tool: entered A-098.551.337 and got a 500 error.",
        ["A-098.551.337"],
    ),
    (
        "a_number",
        "내 외국인 등록 번호 A216447029 입력하면 페이지가 멈춰요.",
        ["A216447029"],
    ),
    (
        "a_number",
        "On the fee waiver form there's no place for the A number so I wrote it in the comments: A205 338 "
        "190",
        ["A205 338 190"],
    ),
    (
        "a_number",
        "Ang A-number ko ay A-211-905-847 pero sinasabi ng site na mali ito.",
        ["A-211-905-847"],
    ),
    (
        "a_number",
        "Your letter dated March 4 lists A-Number 'A 089 66 3210' but mine ends in 3201, which is correct?",
        ["A 089 66 3210"],
    ),
    (
        "a_number",
        "Account recovery asks me to confirm my A-number (A\u200b202774106) and then says session expired",
        ["A\u200b202774106"],
    ),
    (
        "a_number",
        "Mon numéro d'étranger est A-093-227-581. Le formulaire refuse les tirets et sans tirets aussi.",
        ["A-093-227-581"],
    ),
    # ---------------------------------------------------------------- address
    (
        "address",
        "The address validator keeps changing 48 Elm Street Apt 3B to 48 Elm St which is the wrong building",
        ["48 Elm Street Apt 3B", "48 Elm St"],
    ),
    (
        "address",
        "I moved. New address is 1207 W Magnolia Ave, Fort Worth TX 76104 but the form won't save it.",
        ["1207 W Magnolia Ave"],
    ),
    (
        "address",
        "My mail keeps going to my old place at 32 Hawthorne Rd even though I updated online in June",
        ["32 Hawthorne Rd"],
    ),
    (
        "address",
        "Street address field has a 30 character limit. Mine is 15520 North Scottsdale Road Unit 2108 and "
        "gets cut off.",
        ["15520 North Scottsdale Road Unit 2108"],
    ),
    (
        "address",
        "ship the replacement card to 9 Orchard Lane, #2, not the PO box please",
        ["9 Orchard Lane, #2"],
    ),
    (
        "address",
        "Mi dirección es 4521 Calle Ocho Apt 12, Miami. El sistema dice que la dirección no existe.",
        ["4521 Calle Ocho Apt 12"],
    ),
    (
        "address",
        "USPS lookup says 780 Kalanianaole Hwy doesn't exist but I've lived here 11 years",
        ["780 Kalanianaole Hwy"],
    ),
    (
        "address",
        "Address line 1: 2231 S. Wabash Ave.\nAddress line 2: Apt 407\nError: 'Address could not be "
        "verified'",
        ["2231 S. Wabash Ave.", "Apt 407"],
    ),
    (
        "address",
        "the map on the polling place finder puts 61 Birchwood Ct in the wrong precinct",
        ["61 Birchwood Ct"],
    ),
    (
        "address",
        "It took my apartment number out. I live at 350 East 52nd Street, Apt 14F, New York NY.",
        ["350 East 52nd Street, Apt 14F"],
    ),
    (
        "address",
        "我的地址是 88 Mott Street 5楼，但是网站不接受中文字符。",
        ["88 Mott Street 5楼"],
    ),
    (
        "address",
        "Rural route addresses don't work. I'm at RR 2 Box 118, the form wants a street number.",
        ["RR 2 Box 118"],
    ),
    (
        "address",
        "typo on my end, I put 1406 Peachtree st but it's 1460 Peachtree St NE, can someone fix my "
        "application",
        ["1406 Peachtree st", "1460 Peachtree St NE"],
    ),
    (
        "address",
        "The benefits letter went to 275 Old Post Road Lot 19 which is my neighbor's trailer, I'm Lot 17",
        ["275 Old Post Road Lot 19"],
    ),
    (
        "address",
        "Địa chỉ của tôi là 10832 Bolsa Ave Ste 105, trang web không nhận số phòng.",
        ["10832 Bolsa Ave Ste 105"],
    ),
    (
        "address",
        "Please send forms to my daughter's house: 5618 Lakeshore Blvd, Apt. 2, since I am staying there now",
        ["5618 Lakeshore Blvd, Apt. 2"],
    ),
    (
        "address",
        "Why does autocomplete suggest 1900 Pennsylvania Ave when I type 190 Pennsylvania Avenue SE? I live "
        "at the second one.",
        ["190 Pennsylvania Avenue SE"],
    ),
    (
        "address",
        "Home address - 72-15 Queens Blvd #6C - keeps getting flagged because of the dash",
        ["72-15 Queens Blvd #6C"],
    ),
    (
        "address",
        "Мой адрес: 2900 Ocean Pkwy, кв. 8D. Форма не принимает 'кв.'",
        ["2900 Ocean Pkwy, кв. 8D"],
    ),
    (
        "address",
        "W\u00a0312 N7412 County Road Q is a Wisconsin grid address and your form says it is invalid",
        ["W\u00a0312 N7412 County Road Q"],
    ),
    (
        "address",
        "adres ko ay 611 Mission St apt 4 san francisco, hindi ma-save sa form",
        ["611 Mission St apt 4"],
    ),
    (
        "address",
        "The passport was mailed to 1818 Garfield Pl and returned to sender. It should have been 1818 "
        "Garfield Place Apt 1R",
        ["1818 Garfield Pl", "1818 Garfield Place Apt 1R"],
    ),
    (
        "address",
        "Mwen rete 144 NE 54th St, Miami. Fòm nan pa aksepte adrès mwen.",
        ["144 NE 54th St"],
    ),
    (
        "address",
        "Hello, my address 3040 Ridgeview Drive Building C Unit 210 is too long for the line and building "
        "gets lost",
        ["3040 Ridgeview Drive Building C Unit 210"],
    ),
    (
        "address",
        "The SNAP recertification prefilled 506 Maple, but I moved to 12 Windsor Circle in April.",
        ["506 Maple", "12 Windsor Circle"],
    ),
    # ---------------------------------------------------------------- bank
    (
        "bank",
        "Direct deposit setup rejects routing 021000021 with account 4417209835, both copied from my check",
        ["021000021", "4417209835"],
    ),
    (
        "bank",
        "The refund went to my old account ending ...but full number was 000123456789, please stop using it",
        ["000123456789"],
    ),
    (
        "bank",
        "Routing #: 122105278 / Acct #: 8820 1147 33 - the form says routing number invalid but it's right",
        ["122105278", "8820 1147 33"],
    ),
    (
        "bank",
        "I changed banks. new acct no 30017755021 at the credit union, routing 256074974",
        ["30017755021", "256074974"],
    ),
    (
        "bank",
        "Mi número de cuenta es 7731 0048 5521 y el de ruta 111000025. La página no guarda el cambio.",
        ["7731 0048 5521", "111000025"],
    ),
    (
        "bank",
        "The ACH payment pulled from account 5529018836 twice this month. Please refund one.",
        ["5529018836"],
    ),
    (
        "bank",
        "routing number 0 2 6 0 0 9 5 9 3 keeps showing as wrong bank name",
        ["0 2 6 0 0 9 5 9 3"],
    ),
    (
        "bank",
        "For the tax payment I used checking acct 662-004-118-7 and it failed with no explanation",
        ["662-004-118-7"],
    ),
    (
        "bank",
        "ABA 091000019, account 1029384756. the confirm screen swaps them around, routing shows in the "
        "account box",
        ["091000019", "1029384756"],
    ),
    (
        "bank",
        "Tried to set up autopay. Error 'invalid account number' for 00448812. It's a real savings account, "
        "it's just short.",
        ["00448812"],
    ),
    (
        "bank",
        "我的银行账号是 6225880137429916，路由号码 322271627，直接存款一直失败。",
        ["6225880137429916", "322271627"],
    ),
    (
        "bank",
        "the IBAN field for my overseas pension: GB82 WEST 1234 5698 7654 32 is rejected, says too long",
        ["GB82 WEST 1234 5698 7654 32"],
    ),
    (
        "bank",
        "Please correct my direct deposit: acct 4400-1928-37 not 4400-1928-73. I mistyped.",
        ["4400-1928-37", "4400-1928-73"],
    ),
    (
        "bank",
        "Loan payment portal: bank routing 061000104\naccount 3345667781\nIt just spins.",
        ["061000104", "3345667781"],
    ),
    (
        "bank",
        "my SSI goes into acct# 987001254 and it didn't arrive on the 1st",
        ["987001254"],
    ),
    (
        "bank",
        "Số tài khoản ngân hàng của tôi là 21004488190, mã định tuyến 121000358. Tiền hoàn thuế chưa nhận "
        "được.",
        ["21004488190", "121000358"],
    ),
    (
        "bank",
        "It says my routing number 071000013 does not support ACH. That's Chase, it definitely does.",
        ["071000013"],
    ),
    (
        "bank",
        "Trying to enroll in EFT. Account: 1120 3345 9988. Routing 043000096. Checkbox for savings doesn't "
        "stay checked.",
        ["1120 3345 9988", "043000096"],
    ),
    (
        "bank",
        "Paid the wrong invoice from acct ****7712? no, full number 8812337712 shows on your receipt, which "
        "I think is a problem",
        ["8812337712"],
    ),
    (
        "bank",
        "계좌번호 110-482-339201 로 환불 요청했는데 아직 안 들어왔어요.",
        ["110-482-339201"],
    ),
    (
        "bank",
        "The void check upload fails so here it is typed: RTN 011401533 ACCT 000552190443",
        ["011401533", "000552190443"],
    ),
    (
        "bank",
        "Unemployment direct deposit: account number 71.0093.5528 (that is how my bank prints it)",
        ["71.0093.5528"],
    ),
    (
        "bank",
        "Ang account number ko ay 0098 4471 2236, routing 031100649, pero hindi pumapasok ang bayad.",
        ["0098 4471 2236", "031100649"],
    ),
    (
        "bank",
        "Banking info step: routing\u00a0053000196 gets flagged even though the lookup tool finds the bank",
        ["053000196"],
    ),
    (
        "bank",
        "my account no. is 20-77-41-90-53 at a small bank, the form won't take dashes so I removed them and "
        "it still fails",
        ["20-77-41-90-53"],
    ),
    # ---------------------------------------------------------------- card
    (
        "card",
        "Payment page charged me twice on card 4111 1111 1111 1111, please refund the duplicate",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "the card field rejects 5555555555554444 even though it works everywhere else",
        ["5555555555554444"],
    ),
    (
        "card",
        "Paid my passport fee with Amex 3782 822463 10005 and never got a confirmation email",
        ["3782 822463 10005"],
    ),
    (
        "card",
        "Card number: 4012-8888-8888-1881\nExp 09/27\nThe form says 'card declined' but my bank shows no "
        "attempt.",
        ["4012-8888-8888-1881"],
    ),
    (
        "card",
        "Pagué con la tarjeta 5105 1051 0510 5100 y me cobraron la multa dos veces.",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "Discover not accepted?? 6011111111111117 is my only card",
        ["6011111111111117"],
    ),
    (
        "card",
        "Typo in my first try, entered 4242 4242 4242 4224, correct is 4242 4242 4242 4242. Now it says too "
        "many attempts.",
        ["4242 4242 4242 4224", "4242 4242 4242 4242"],
    ),
    (
        "card",
        "park reservation: I used my debit card 4000-0566-5566-5556 and the reservation disappeared but the "
        "charge stayed",
        ["4000-0566-5566-5556"],
    ),
    (
        "card",
        "我用信用卡 3530111333300000 付款，但是网站显示付款失败，银行却扣了钱。",
        ["3530111333300000"],
    ),
    (
        "card",
        "The receipt email shows my whole card number 371449635398431, it should be masked!",
        ["371449635398431"],
    ),
    (
        "card",
        "Renewal fee - Mastercard 2223 0031 2200 3222 - error code 402 after clicking pay",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "my diners club card 3056 930902 5904 isn't in the card type list",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "Thẻ của tôi là 5200 8282 8282 8210, thanh toán bị từ chối nhưng tiền đã bị trừ.",
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        "Please cancel the autopay on card ending 1117, the full number is 6011 0009 9013 9424? no sorry "
        "that's my other card, "
        "the autopay one is 6011111111111117",
        ["6011 0009 9013 9424", "6011111111111117"],
    ),
    (
        "card",
        "CC#4000000000000077 expired last month and there's no way to update it in the account page",
        ["4000000000000077"],
    ),
    (
        "card",
        "Camping permit payment hung at 'processing' with card 3566 0020 2036 0505. Did it go through?",
        ["3566 0020 2036 0505"],
    ),
    (
        "card",
        "The card input box adds spaces automatically so when I paste 5454545454545454 it becomes 5454 5454 "
        "5454 545 and cuts the last digit",
        ["5454545454545454", "5454 5454 5454 545"],
    ),
    (
        "card",
        "카드번호 4917 6100 0000 0000 으로 결제했는데 영수증이 안 와요.",
        ["4917 6100 0000 0000"],
    ),
    (
        "card",
        "union pay card 6200000000000005 not supported? many of us in the community use it",
        ["6200000000000005"],
    ),
    (
        "card",
        "I paid $65 with card no. 4000 0025 0000 3155 and the 3-D Secure popup never showed",
        ["4000 0025 0000 3155"],
    ),
    (
        "card",
        "Gumamit ako ng card 5431-1111-1111-1111 pero walang resibo na dumating.",
        ["5431-1111-1111-1111"],
    ),
    (
        "card",
        "card: 4988 4388 4388 4305 / exp 03/26 / the pay button stays grey",
        ["4988 4388 4388 4305"],
    ),
    (
        "card",
        "Amex 378734493671000 - charged the expedite fee but application shows standard",
        ["378734493671000"],
    ),
    (
        "card",
        "Оплатил картой 2720\u00a09900\u00a00000\u00a00007, деньги списали, а заявка не отправлена.",
        ["2720\u00a09900\u00a00000\u00a00007"],
    ),
    (
        "card",
        "toll payment site: card 3622 720627 1667 (diners) returns 'unsupported issuer'",
        ["3622 720627 1667"],
    ),
    # ---------------------------------------------------------------- dob
    (
        "dob",
        "The form says I'm under 18 but my date of birth is 04/17/1962. Please fix the age check.",
        ["04/17/1962"],
    ),
    (
        "dob",
        "DOB 11-03-1988 gets changed to 03/11/1988 after I hit next",
        ["11-03-1988", "03/11/1988"],
    ),
    (
        "dob",
        "born March 9, 1954 and the Medicare enrollment tool says I'm not eligible yet??",
        ["March 9, 1954"],
    ),
    (
        "dob",
        "Mi fecha de nacimiento es 23/08/1979 pero el formulario solo acepta mes/día/año y me da error.",
        ["23/08/1979"],
    ),
    (
        "dob",
        "My son's birthday is 2011-06-30 and the dependent screen won't let me add him",
        ["2011-06-30"],
    ),
    (
        "dob",
        "Birth date field has no year before 1930. My mother was born 2/14/1928.",
        ["2/14/1928"],
    ),
    (
        "dob",
        "date of birth: 7.22.1991 - login verification keeps failing even though it's correct",
        ["7.22.1991"],
    ),
    (
        "dob",
        "I was born on the 5th of December 1970 and the SSA letter says 12/15/1970. Which do I use?",
        ["5th of December 1970", "12/15/1970"],
    ),
    (
        "dob",
        "我的出生日期是1985年10月2日，网站一直说信息不匹配。",
        ["1985年10月2日"],
    ),
    (
        "dob",
        "D.O.B. 01/01/1957 - identity verification questions are about addresses I never lived at",
        ["01/01/1957"],
    ),
    (
        "dob",
        "The calendar picker makes you scroll month by month from today. I was born Sept 28 1949, that's "
        "900 clicks.",
        ["Sept 28 1949"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 15/04/1966, nhưng trang web ghi là 04/15/1966 rồi báo lỗi.",
        ["15/04/1966", "04/15/1966"],
    ),
    (
        "dob",
        "my daughter DOB 9/3/08, form needs 4 digit year but doesn't say so",
        ["9/3/08"],
    ),
    (
        "dob",
        "Date of Birth\n06 / 19 / 1983\nThe slashes get doubled when typing on iPhone",
        ["06 / 19 / 1983"],
    ),
    (
        "dob",
        "It says I need to be 62 to apply. I was born July 4th, 1961, so I am.",
        ["July 4th, 1961"],
    ),
    (
        "dob",
        "생년월일 1992.11.27 입력하면 형식 오류가 나요.",
        ["1992.11.27"],
    ),
    (
        "dob",
        "My husband's DOB on the card is wrong, it shows 1975-02-31 which isn't even a real date. should be "
        "1975-02-13",
        ["1975-02-31", "1975-02-13"],
    ),
    (
        "dob",
        "Kaarawan ko ay Enero 12, 1980, pero hindi tinatanggap ng form.",
        ["Enero 12, 1980"],
    ),
    (
        "dob",
        "age verification failed; birthdate 30 Oct 1999",
        ["30 Oct 1999"],
    ),
    (
        "dob",
        "Student aid form prefilled my dob as 00/00/0000. Real one is 08121998, the box takes no slashes.",
        ["08121998"],
    ),
    (
        "dob",
        "Дата рождения 03.05.1958 — форма пишет, что дата в будущем.",
        ["03.05.1958"],
    ),
    (
        "dob",
        "I'm a twin, born 12/24/1990, and the system merged my record with my brother's",
        ["12/24/1990"],
    ),
    (
        "dob",
        "Ma date de naissance est le 17 juin 1972, le site affiche 1927.",
        ["17 juin 1972"],
    ),
    (
        "dob",
        "born\u00a01/9/1946 - the benefit estimate uses the wrong full retirement age",
        ["1/9/1946"],
    ),
    (
        "dob",
        "My dad (DOB 10-21-1939) can't use the login.gov phone step, he has a landline only",
        ["10-21-1939"],
    ),
    # ---------------------------------------------------------------- email
    (
        "email",
        "pls reply to jdoe77@example.com not my work one",
        ["jdoe77@example.com"],
    ),
    (
        "email",
        "I never got the verification code. My email is maria.gonzalez.84@example.net",
        ["maria.gonzalez.84@example.net"],
    ),
    (
        "email",
        "Typo: I registered as kwamemenash@example.com by mistake, correct is kwamemensah@example.com. "
        "Can't change it myself.",
        ["kwamemenash@example.com", "kwamemensah@example.com"],
    ),
    (
        "email",
        "The email field rejects plus signs. t.nguyen+irs@example.org is a valid address!",
        ["t.nguyen+irs@example.org"],
    ),
    (
        "email",
        "Por favor contéstenme a rosa_delgado@example.com, no tengo teléfono.",
        ["rosa_delgado@example.com"],
    ),
    (
        "email",
        "contact me: BIGBOB.HARRIS@EXAMPLE.COM (the form lowercases it and then says it doesn't match)",
        ["BIGBOB.HARRIS@EXAMPLE.COM"],
    ),
    (
        "email",
        "The confirmation went to my old email dpatel1990@example.net, I updated it to "
        "deepa.patel@example.org last week",
        ["dpatel1990@example.net", "deepa.patel@example.org"],
    ),
    (
        "email",
        "请把确认信发到 wanglei2020@example.com，谢谢。",
        ["wanglei2020@example.com"],
    ),
    (
        "email",
        "email: sean . obrien @ example . com (spaced out because the widget ate it last time)",
        ["sean . obrien @ example . com"],
    ),
    (
        "email",
        "Password reset links expire before they arrive. Account is h.yamamoto@mail.example.com",
        ["h.yamamoto@mail.example.com"],
    ),
    (
        "email",
        "Vui lòng gửi thư cho tôi tại tranthihoa@example.net. Tôi không nhận được mã xác minh.",
        ["tranthihoa@example.net"],
    ),
    (
        "email",
        "Subscribed to alerts with grandma.june@example.org but also getting them at my work address, "
        "please unsubscribe that one",
        ["grandma.june@example.org"],
    ),
    (
        "email",
        "I can't log in because my username is my email ahmed.alsayed@example.com and it says 'user not "
        "found'",
        ["ahmed.alsayed@example.com"],
    ),
    (
        "email",
        "reach me at lil_tee_2004 at example dot com",
        ["lil_tee_2004 at example dot com"],
    ),
    (
        "email",
        "Rejestracja nie działa. My email olek.kowalski@example.net. The form says domain not allowed.",
        ["olek.kowalski@example.net"],
    ),
    (
        "email",
        "이메일 주소 jiyoung.park@example.com 로 인증 메일이 안 와요.",
        ["jiyoung.park@example.com"],
    ),
    (
        "email",
        "The 'confirm email' box doesn't allow paste. I had to type frances.oconnell-whitaker@example.org "
        "twice on a phone.",
        ["frances.oconnell-whitaker@example.org"],
    ),
    (
        "email",
        "Mangyaring i-email ako sa marites.reyes@example.com tungkol sa aking aplikasyon.",
        ["marites.reyes@example.com"],
    ),
    (
        "email",
        "Pour toute question écrivez à c.dubois@example.com... non pardon, c.dubois@example.org",
        ["c.dubois@example.com", "c.dubois@example.org"],
    ),
    (
        "email",
        "my email\u00a0is\u00a0tyrone.jackson55@example.net and no I don't want the newsletter",
        ["tyrone.jackson55@example.net"],
    ),
    (
        "email",
        "Contact: <svetlana.ivanova@example.com>\nIssue: upload button greyed out",
        ["svetlana.ivanova@example.com"],
    ),
    (
        "email",
        "got an email from noreply saying my account was locked but I'm not sure it's real - sent to "
        "mike_r_1961@example.org",
        ["mike_r_1961@example.org"],
    ),
    (
        "email",
        "Voye repons lan bay jeanbaptiste.w@example.com tanpri.",
        ["jeanbaptiste.w@example.com"],
    ),
    (
        "email",
        "The form says invalid email for o'malley.k@example.net. Apostrophes are allowed in emails.",
        ["o'malley.k@example.net"],
    ),
    (
        "email",
        "Could someone just email me at\nluisa.ferreira@example.com\nI waited on hold for 2 hours",
        ["luisa.ferreira@example.com"],
    ),
    # ---------------------------------------------------------------- ip
    (
        "ip",
        "Blocked as suspicious traffic. My IP is 203.0.113.47, I'm just at home trying to file.",
        ["203.0.113.47"],
    ),
    (
        "ip",
        "the error page said 'Access denied for 198.51.100.212' - ref #18.6f2a. I'm not a bot",
        ["198.51.100.212"],
    ),
    (
        "ip",
        "I get a 403 from my house (192.0.2.18) but it works on my phone's data",
        ["192.0.2.18"],
    ),
    (
        "ip",
        "Your firewall blocks my IPv6 2001:db8:85a3::8a2e:370:7334. Please whitelist.",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "Mi dirección IP es 203.0.113.9 y la página me bloquea cada vez que intento pagar.",
        ["203.0.113.9"],
    ),
    (
        "ip",
        "ip: 198.51.100.7\nbrowser: Firefox 128\nproblem: captcha loop, never lets me through",
        ["198.51.100.7"],
    ),
    (
        "ip",
        "Rate limited after 3 tries. whatismyip says 192.0.2.201. I share this connection with my whole "
        "apartment building.",
        ["192.0.2.201"],
    ),
    (
        "ip",
        "我的IP地址是 203.0.113.164，网站显示“您所在的地区无法访问”。我在加州。",
        ["203.0.113.164"],
    ),
    (
        "ip",
        "The security notice says someone logged in from 198.51.100.33, that was me at the library, not a "
        "hacker",
        ["198.51.100.33"],
    ),
    (
        "ip",
        "IPv6 address 2001:0db8:0000:0000:0000:ff00:0042:8329 is shown as 'unknown location' and I'm locked "
        "out",
        ["2001:0db8:0000:0000:0000:ff00:0042:8329"],
    ),
    (
        "ip",
        "Địa chỉ IP của tôi 192.0.2.77 bị chặn. Tôi chỉ muốn gia hạn giấy phép.",
        ["192.0.2.77"],
    ),
    (
        "ip",
        "it says my ip 203.0.113.250 is on a blocklist, our office uses a VPN for all staff",
        ["203.0.113.250"],
    ),
    (
        "ip",
        "Login alert: new sign-in from 2001:db8:4f1::1c. Was it me? I was on the train, so probably",
        ["2001:db8:4f1::1c"],
    ),
    (
        "ip",
        "Error 1020 access denied. Ray ID says client 198.51.100.96. Please unblock.",
        ["198.51.100.96"],
    ),
    (
        "ip",
        "내 IP 192.0.2.140 에서 접속하면 계속 로그아웃 돼요.",
        ["192.0.2.140"],
    ),
    (
        "ip",
        "home router ip 203.0.113.5 / phone 198.51.100.61 - only the phone one works on the appointment site",
        ["203.0.113.5", "198.51.100.61"],
    ),
    (
        "ip",
        "Access from 192.0.2.3:51234 fails at the TLS handshake. Other gov sites are fine.",
        ["192.0.2.3"],
    ),
    (
        "ip",
        "Mon adresse IP (203.0.113.88) est bloquée depuis hier, je ne peux pas finir ma demande.",
        ["203.0.113.88"],
    ),
    (
        "ip",
        "The page shows 'Your IP: 198.51.100.150 has been temporarily banned'. I only clicked refresh a few "
        "times because it was slow",
        ["198.51.100.150"],
    ),
    (
        "ip",
        "Ang IP ko ay 192.0.2.55, naka-block daw ako.",
        ["192.0.2.55"],
    ),
    (
        "ip",
        "Geo check says my address 2001:db8:ac10:fe01::2 is outside the US. I'm in Ohio.",
        ["2001:db8:ac10:fe01::2"],
    ),
    (
        "ip",
        "My IP address is 203.0.113.19 — the download of my tax transcript fails at 99%",
        ["203.0.113.19"],
    ),
    (
        "ip",
        "Мой IP 198.51.100.240, сайт пишет «доступ запрещён».",
        ["198.51.100.240"],
    ),
    (
        "ip",
        "ip addr 192.0.2.99 (static, from my ISP) keeps triggering the bot check on the grant portal",
        ["192.0.2.99"],
    ),
    (
        "ip",
        "Public IP\u00a0203.0.113.201 - blocked again. Third time this month. Ticket 55102 was closed "
        "without fixing it.",
        ["203.0.113.201"],
    ),
    # ---------------------------------------------------------------- itin_ein
    (
        "itin_ein",
        "My ITIN 912-78-4530 is not recognized by the payment portal",
        ["912-78-4530"],
    ),
    (
        "itin_ein",
        "EIN 47-2918305 for my small bakery, the business lookup says no match",
        ["47-2918305"],
    ),
    (
        "itin_ein",
        "Mi número ITIN es 983-91-2274 y la página dice que tiene que ser un SSN. No tengo SSN.",
        ["983-91-2274"],
    ),
    (
        "itin_ein",
        "Employer ID: 84-1736620. The 941 upload rejects it saying invalid EIN.",
        ["84-1736620"],
    ),
    (
        "itin_ein",
        "ITIN renewal: my old number 9 5 6 - 7 2 - 1 8 4 9 expired, the W-7 page loops back to start",
        ["9 5 6 - 7 2 - 1 8 4 9"],
    ),
    (
        "itin_ein",
        "our nonprofit's EIN is 270549183 (no dash) and the grant portal wants the dash but won't let me "
        "type it",
        ["270549183"],
    ),
    (
        "itin_ein",
        "我的ITIN号码是 931-84-6027，报税时系统提示号码无效。",
        ["931-84-6027"],
    ),
    (
        "itin_ein",
        "Typed EIN 45-3321709 by accident, it's 45-3321790. Can the filing be corrected?",
        ["45-3321709", "45-3321790"],
    ),
    (
        "itin_ein",
        "Số ITIN của tôi là 972-88-0415, tôi không nhận được tiền hoàn thuế.",
        ["972-88-0415"],
    ),
    (
        "itin_ein",
        "TIN (EIN) 36-4487120 -- the sole proprietor box is greyed out",
        ["36-4487120"],
    ),
    (
        "itin_ein",
        "I have an ITIN (900-70-3318) and your form requires SSN for the child tax credit, which isn't "
        "right for my kids who have SSNs",
        ["900-70-3318"],
    ),
    (
        "itin_ein",
        "EIN: 81‑0926473 (copied from the IRS letter) is flagged as invalid characters",
        ["81‑0926473"],
    ),
    (
        "itin_ein",
        "please update employer identification number to 20-4471938 on our account, the old one was for the "
        "previous owner",
        ["20-4471938"],
    ),
    (
        "itin_ein",
        "ITIN 9 4 4 9 5 0 6 1 2 - the SSA site says it doesn't accept ITINs, where do I go?",
        ["9 4 4 9 5 0 6 1 2"],
    ),
    (
        "itin_ein",
        "Mi esposo tiene ITIN 965-52-7780 y yo tengo SSN. El formulario conjunto no deja poner los dos.",
        ["965-52-7780"],
    ),
    (
        "itin_ein",
        "Fed tax ID 61-2093847 for the LLC. SAM.gov registration stuck on 'pending TIN match' for 3 weeks",
        ["61-2093847"],
    ),
    (
        "itin_ein",
        "itin# 990 81 5526 wont go into the boxes, each box takes only 3 digits",
        ["990 81 5526"],
    ),
    (
        "itin_ein",
        "ITIN 번호 955-63-1047 로 신청했는데 계속 거절돼요.",
        ["955-63-1047"],
    ),
    (
        "itin_ein",
        "The 1099 you sent lists our EIN as 26-5518320 but it is 26-5518302",
        ["26-5518320", "26-5518302"],
    ),
    (
        "itin_ein",
        "Ang ITIN ko ay 919-76-4402, hindi ito tinatanggap ng form.",
        ["919-76-4402"],
    ),
    (
        "itin_ein",
        "Our church EIN 93-1185406 doesn't show up in the tax exempt org search even though we've been "
        "exempt since 1998",
        ["93-1185406"],
    ),
    (
        "itin_ein",
        "Mon ITIN est 978-94-2210. Le formulaire en ligne le refuse.",
        ["978-94-2210"],
    ),
    (
        "itin_ein",
        "EIN\n  38-2719046\nerror: 'This EIN is already associated with another account'. It's my company, "
        "nobody else's.",
        ["38-2719046"],
    ),
    (
        "itin_ein",
        "individual taxpayer id 9O7-85-3361 (sorry, 907-85-3361, zero not O)",
        ["9O7-85-3361", "907-85-3361"],
    ),
    (
        "itin_ein",
        "Мой ITIN 986-99-1203, а система пишет «неверный номер социального страхования».",
        ["986-99-1203"],
    ),
    # ---------------------------------------------------------------- license
    (
        "license",
        "The Real ID appointment page won't take my CA license B7412963, says not found",
        ["B7412963"],
    ),
    (
        "license",
        "NY driver license # 482 719 365 - renewal online keeps saying I need to visit in person",
        ["482 719 365"],
    ),
    (
        "license",
        "Florida DL G625-418-72-903-0 isn't accepted in the ID verification step",
        ["G625-418-72-903-0"],
    ),
    (
        "license",
        "my texas DL is 31847205 and the form wants a letter at the start??",
        ["31847205"],
    ),
    (
        "license",
        "Illinois license number M264-7713-0952, the dashes make it fail and without dashes it also fails",
        ["M264-7713-0952"],
    ),
    (
        "license",
        "Mi licencia de manejo es D08471239 (Arizona). La página de registro de votantes dice que no existe.",
        ["D08471239"],
    ),
    (
        "license",
        "Washington enhanced DL WDL3K7PQ92B1 - field max length is 9 so it truncates",
        ["WDL3K7PQ92B1"],
    ),
    (
        "license",
        "PA license 27 384 915, trying to pay a ticket and it says wrong DL/DOB combination",
        ["27 384 915"],
    ),
    (
        "license",
        "NJ DL: K4829 17305 71926\nThe 15-character license number gets cut to 14.",
        ["K4829 17305 71926"],
    ),
    (
        "license",
        "我的驾照号码是 S92847163（麻省），网上更新地址时显示错误。",
        ["S92847163"],
    ),
    (
        "license",
        "State ID card #RT482915 (Ohio) - the form asks for driver's license only, I don't drive",
        ["RT482915"],
    ),
    (
        "license",
        "Georgia DL 058294137, the reinstatement fee page charged me but status still says suspended",
        ["058294137"],
    ),
    (
        "license",
        "Michigan license S 413 229 807 665 gets rejected. Your help text shows the format without spaces, "
        "I tried that too.",
        ["S 413 229 807 665"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là 14-293-5817 (Colorado), hệ thống không nhận.",
        ["14-293-5817"],
    ),
    (
        "license",
        "I typed my license wrong: T61-48-2973 should be T61-48-2937. Virginia.",
        ["T61-48-2973", "T61-48-2937"],
    ),
    (
        "license",
        "Maryland DL S-314-726-588-190 — the hunting license site says 'ID already in use'",
        ["S-314-726-588-190"],
    ),
    (
        "license",
        "운전면허 번호 H00482917 (하와이) 입력하면 오류가 납니다.",
        ["H00482917"],
    ),
    (
        "license",
        "Wisconsin DL B623-4187-9452-07 expired while I was deployed, the online renewal won't allow "
        "expired licenses",
        ["B623-4187-9452-07"],
    ),
    (
        "license",
        "lic no. k385920174662 (MN) - lowercase k not accepted? it's the same letter",
        ["k385920174662"],
    ),
    (
        "license",
        "Ang lisensya ko ay NC 000048271936 pero sinasabi ng site na mali ang format.",
        ["000048271936"],
    ),
    (
        "license",
        "Nevada DL: 1502938471. Online voter registration says it can't verify me with DMV.",
        ["1502938471"],
    ),
    (
        "license",
        "Oregon driver license 7291846 is 7 digits and the form requires 8-9",
        ["7291846"],
    ),
    (
        "license",
        "Мои водительские права (Missouri) A093847165, сайт не принимает.",
        ["A093847165"],
    ),
    (
        "license",
        "Indiana license no.\u00a01048-29-3716 fails the check on the BMV page",
        ["1048-29-3716"],
    ),
    (
        "license",
        "Permis de conduire du Kentucky S12-483-927, le site indique 'numéro invalide'.",
        ["S12-483-927"],
    ),
    # ---------------------------------------------------------------- medicare
    (
        "medicare",
        "My new Medicare number 2HK7-RW3-YP41 isn't accepted on the plan finder login",
        ["2HK7-RW3-YP41"],
    ),
    (
        "medicare",
        "medicare # 5TC2GA8QX19 - the pharmacy says it's not active but the card came last week",
        ["5TC2GA8QX19"],
    ),
    (
        "medicare",
        "Still have my old card with 412-58-3071A on it. Do I use that or the new one?",
        ["412-58-3071A"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 7QA9-N62-KD08 y la página dice que no existe.",
        ["7QA9-N62-KD08"],
    ),
    (
        "medicare",
        "MBI: 3WP5 MF4 JR27\nProblem: Part B premium shows twice on my statement",
        ["3WP5 MF4 JR27"],
    ),
    (
        "medicare",
        "I'm helping my father. His Medicare ID is 9DM1-AE7-TG55, the drug plan comparison tool times out.",
        ["9DM1-AE7-TG55"],
    ),
    (
        "medicare",
        "Typed 6EN3-X92-HC64 wrong the first time as 6EN3-X92-HC46. Now account is locked.",
        ["6EN3-X92-HC64", "6EN3-X92-HC46"],
    ),
    (
        "medicare",
        "我的联邦医疗保险号码是 4VC8UK1PA93，无法登录查看账单。",
        ["4VC8UK1PA93"],
    ),
    (
        "medicare",
        "mbi 8gr6-dk2-wm70 (lowercase from my notes) not found",
        ["8gr6-dk2-wm70"],
    ),
    (
        "medicare",
        "The claims page lists a Medicare number 1YJ2-C83-FN16 which is not mine. Mine is 1YJ2-C83-FN61.",
        ["1YJ2-C83-FN16", "1YJ2-C83-FN61"],
    ),
    (
        "medicare",
        "Số Medicare của mẹ tôi là 2KF9-QH5-XE32, bà không đăng nhập được.",
        ["2KF9-QH5-XE32"],
    ),
    (
        "medicare",
        "HICN 318-44-7902B1 on my late husband's statement, I need the survivor benefits form",
        ["318-44-7902B1"],
    ),
    (
        "medicare",
        "Medicare card number 5NW4 T71 RK88 - the replacement card request page gives a blank screen",
        ["5NW4 T71 RK88"],
    ),
    (
        "medicare",
        "메디케어 번호 3RA7-GE9-MU05 로 로그인이 안 됩니다.",
        ["3RA7-GE9-MU05"],
    ),
    (
        "medicare",
        "old railroad medicare number A529148836 - my new MBI hasn't arrived",
        ["A529148836"],
    ),
    (
        "medicare",
        "Ang Medicare number ko ay 6PT1-J48-DW93, hindi ko makita ang aking claims.",
        ["6PT1-J48-DW93"],
    ),
    (
        "medicare",
        "Plan enrollment form field says 11 characters. My MBI 7FX5-E24-HY70 with dashes is 13 so it gets "
        "cut off.",
        ["7FX5-E24-HY70"],
    ),
    (
        "medicare",
        "Мой номер Medicare 4HU2KM6NC38, сайт пишет «номер не найден».",
        ["4HU2KM6NC38"],
    ),
    (
        "medicare",
        "Medicare ID\u00a09CJ8-W51-AP47 - the Extra Help application says my info doesn't match SSA",
        ["9CJ8-W51-AP47"],
    ),
    (
        "medicare",
        "Mon numéro Medicare est le 2MR6-QD3-VK19 et je ne reçois pas les relevés.",
        ["2MR6-QD3-VK19"],
    ),
    (
        "medicare",
        "Claim number on my old red white and blue card: 529-14-8836A. Is it still valid?",
        ["529-14-8836A"],
    ),
    (
        "medicare",
        "patient's MBI 1AG3 HN8 YT62 -- the provider portal eligibility check returns error 271",
        ["1AG3 HN8 YT62"],
    ),
    (
        "medicare",
        "Nimewo Medicare mwen se 8EW9-P65-KM14, sit la pa rekonèt li.",
        ["8EW9-P65-KM14"],
    ),
    (
        "medicare",
        "my medicare number is 3 T K 4 - D R 7 - U F 2 9 (from the card) and it won't validate",
        ["3 T K 4 - D R 7 - U F 2 9"],
    ),
    (
        "medicare",
        "Logged in fine yesterday, today it says MBI 5YE1-XC6-GJ83 is associated with a different account",
        ["5YE1-XC6-GJ83"],
    ),
    # ---------------------------------------------------------------- name
    (
        "name",
        "The certificate was issued to Jonathon Whitfield but my name is Jonathan Whitfield, please correct",
        ["Jonathon Whitfield", "Jonathan Whitfield"],
    ),
    (
        "name",
        "Form won't accept hyphens in last names. My name is Ana Lucía Rivera-Ortiz.",
        ["Ana Lucía Rivera-Ortiz"],
    ),
    (
        "name",
        "I'm filling this out for my mother, Margaret A. Kowalczyk, who can't use a computer",
        ["Margaret A. Kowalczyk"],
    ),
    (
        "name",
        "Name field has a 20 char limit. Oluwaseun Adebayo-Ogunleye does not fit.",
        ["Oluwaseun Adebayo-Ogunleye"],
    ),
    (
        "name",
        "mi nombre es José Manuel Hernández y el sistema borra los acentos",
        ["José Manuel Hernández"],
    ),
    (
        "name",
        "The suffix dropdown doesn't have III. I'm Robert L. Thompson III and it matters for my records.",
        ["Robert L. Thompson III"],
    ),
    (
        "name",
        "my husband Nguyen Van Minh is listed as Minh Nguyen Van on the letter, which is wrong order",
        ["Nguyen Van Minh", "Minh Nguyen Van"],
    ),
    (
        "name",
        "Please call back Mrs. Dorothy Pruitt about the lost check, she is 89",
        ["Dorothy Pruitt"],
    ),
    (
        "name",
        "我叫李小龙 (Li Xiaolong)，网站不让我输入中文名字。",
        ["李小龙", "Li Xiaolong"],
    ),
    (
        "name",
        "Apostrophes break the form. Siobhan O'Donnell is my actual name, not Siobhan ODonnell.",
        ["Siobhan O'Donnell", "Siobhan ODonnell"],
    ),
    (
        "name",
        "Please update the beneficiary: my sister Leilani K. Kahananui replaces my late brother Keoni "
        "Kahananui",
        ["Leilani K. Kahananui", "Keoni Kahananui"],
    ),
    (
        "name",
        "Tên tôi là Trần Thị Mai Anh, trang web không nhận dấu tiếng Việt.",
        ["Trần Thị Mai Anh"],
    ),
    (
        "name",
        "Death record lists my dad as Harold Jenkins Jr but it should be Harold E. Jenkins Sr.",
        ["Harold Jenkins Jr", "Harold E. Jenkins Sr."],
    ),
    (
        "name",
        "applicant: Priya Raghunathan\nissue: upload of photo fails at 100%",
        ["Priya Raghunathan"],
    ),
    (
        "name",
        "제 이름은 김민준 (Kim Minjun) 입니다. 영문 이름 순서가 바뀌어 나와요.",
        ["김민준", "Kim Minjun"],
    ),
    (
        "name",
        "The Spanish version of the form asks for 'apellido' once but I have two: Guadalupe Morales "
        "Castañeda",
        ["Guadalupe Morales Castañeda"],
    ),
    (
        "name",
        "grandson here, helping Walter and Edna Schumacher set up their account, Walter's email keeps "
        "bouncing",
        ["Walter and Edna Schumacher"],
    ),
    (
        "name",
        "Ang pangalan ko ay Maria Cristina dela Cruz, pero ang lumalabas ay Maria Cristina Dela.",
        ["Maria Cristina dela Cruz"],
    ),
    (
        "name",
        "Меня зовут Дмитрий Сергеевич Волков, форма не принимает кириллицу.",
        ["Дмитрий Сергеевич Волков"],
    ),
    (
        "name",
        "my late wife's name was misspelled on the survivor form, it should be Rosalind Featherstone-Maddox",
        ["Rosalind Featherstone-Maddox"],
    ),
    (
        "name",
        "اسمي أحمد خالد المصري ولا يقبل الموقع الأحرف العربية",
        ["أحمد خالد المصري"],
    ),
    (
        "name",
        "the letter greets me as Dear DESHAWN M WILLIAMS, could it at least use normal capitalization",
        ["DESHAWN M WILLIAMS"],
    ),
    (
        "name",
        "Mwen rele Fabiola Jean-Louis, non mwen pa parèt kòrèkteman sou fòm nan.",
        ["Fabiola Jean-Louis"],
    ),
    (
        "name",
        "Changed my name after marriage from Emily Carter to Emily\u00a0Nakamura but the portal still shows "
        "the old one",
        ["Emily Carter", "Emily\u00a0Nakamura"],
    ),
    (
        "name",
        "Meu nome é João Pedro Almeida Santos e o site corta o último sobrenome.",
        ["João Pedro Almeida Santos"],
    ),
    # ---------------------------------------------------------------- passport
    (
        "passport",
        "My passport number 548213097 shows as invalid in the renewal form",
        ["548213097"],
    ),
    (
        "passport",
        "Next-gen passport A12873649 — the DS-82 online says the format is wrong because of the letter",
        ["A12873649"],
    ),
    (
        "passport",
        "Mi pasaporte mexicano es G28416375 y el formulario solo acepta pasaportes de EE.UU.",
        ["G28416375"],
    ),
    (
        "passport",
        "passport no: 4 8 2 6 1 9 0 3 7 - trying to add it for trusted traveler and it fails",
        ["4 8 2 6 1 9 0 3 7"],
    ),
    (
        "passport",
        "I lost my passport (#566104829) and the report form crashes on submit",
        ["566104829"],
    ),
    (
        "passport",
        "我的中国护照号码是 E48291736，签证申请系统一直显示错误。",
        ["E48291736"],
    ),
    (
        "passport",
        "Passport card C03918274 isn't accepted as ID on the login.gov step",
        ["C03918274"],
    ),
    (
        "passport",
        "The I-94 lookup needs passport number exactly as printed. Mine is P3841927A (Philippines) and it's "
        "still not found.",
        ["P3841927A"],
    ),
    (
        "passport",
        "Typo: I entered 51193824 missing a digit. Correct passport number is 511938246.",
        ["51193824", "511938246"],
    ),
    (
        "passport",
        "Số hộ chiếu của tôi là C4827193 (Việt Nam), hệ thống báo không hợp lệ.",
        ["C4827193"],
    ),
    (
        "passport",
        "Passport #: 593 018 472\nExpiration: 2031\nThe expedite option vanished after I paid",
        ["593 018 472"],
    ),
    (
        "passport",
        "UK passport 123456780 is 9 digits like US ones, and the form assumes it's American",
        ["123456780"],
    ),
    (
        "passport",
        "여권번호 M48215937 입력 시 오류가 발생합니다.",
        ["M48215937"],
    ),
    (
        "passport",
        "my son's passport is 58820 4139 (no idea why the space is there on the page) and the minor renewal "
        "page won't take it",
        ["58820 4139"],
    ),
    (
        "passport",
        "Ang passport number ko ay P7715432B, hindi ko ma-upload ang aking aplikasyon.",
        ["P7715432B"],
    ),
    (
        "passport",
        "Номер паспорта 75 4829163, форма требует только цифры.",
        ["75 4829163"],
    ),
    (
        "passport",
        "Passport status check: 'no record found' for 470-392-815. Applied 9 weeks ago.",
        ["470-392-815"],
    ),
    (
        "passport",
        "India passport no. Z4827193 - visa appointment page rejects the Z",
        ["Z4827193"],
    ),
    (
        "passport",
        "Numéro de passeport 19AV48271, le site n'accepte pas les lettres au milieu.",
        ["19AV48271"],
    ),
    (
        "passport",
        "passport\u00a0#\u00a0a09284716 (lowercase, because my phone autocorrects)",
        ["a09284716"],
    ),
    (
        "passport",
        "The ESTA form asked for my passport number FD8472913 and then said the passport is already in use",
        ["FD8472913"],
    ),
    (
        "passport",
        "Paspò mwen se RD4827193 (Ayiti), fòm nan pa aksepte li.",
        ["RD4827193"],
    ),
    (
        "passport",
        "Old passport 438291657 was cancelled when I reported it lost but I found it. New one is 610284739. "
        "Which goes on the form?",
        ["438291657", "610284739"],
    ),
    (
        "passport",
        "Número do passaporte FX482915, o site diz que é inválido.",
        ["FX482915"],
    ),
    (
        "passport",
        "Passport number (from the data page): 5 6 0 3 9 1 8 2 4 - it's valid until 2029 but the site says "
        "expired",
        ["5 6 0 3 9 1 8 2 4"],
    ),
    # ---------------------------------------------------------------- phone
    (
        "phone",
        "Nobody ever calls back. My number is (202) 555-0143, I'm home after 5.",
        ["(202) 555-0143"],
    ),
    (
        "phone",
        "the phone field won't take dashes: 312-555-0122",
        ["312-555-0122"],
    ),
    (
        "phone",
        "Text verification code never arrives on 713.555.0164, other texts come in fine",
        ["713.555.0164"],
    ),
    (
        "phone",
        "Por favor llámenme al 305 555 0198, hablo español solamente.",
        ["305 555 0198"],
    ),
    (
        "phone",
        "Changed my number from 4155550131 to 4155550176 and the 2FA still goes to the old one",
        ["4155550131", "4155550176"],
    ),
    (
        "phone",
        "I live in Mexico now. My phone +52 1 33 555 0147 isn't accepted, the form wants 10 digits.",
        ["+52 1 33 555 0147"],
    ),
    (
        "phone",
        "Callback request: +1 (646) 555-0119 ext. 204, ask for the office manager",
        ["+1 (646) 555-0119 ext. 204"],
    ),
    (
        "phone",
        "请打电话给我：626-555-0152，我白天在家。",
        ["626-555-0152"],
    ),
    (
        "phone",
        "cell 801 555 0190 (text ok). The appointment reminder was for the wrong day",
        ["801 555 0190"],
    ),
    (
        "phone",
        "Số điện thoại của tôi là (714) 555-0138. Xin gọi lại cho tôi bằng tiếng Việt.",
        ["(714) 555-0138"],
    ),
    (
        "phone",
        "Phone: 1-800-555-0177? no that's the wrong one. Mine is 1-907-555-0125",
        ["1-800-555-0177", "1-907-555-0125"],
    ),
    (
        "phone",
        "Tel. +63 917 555 0112 (Philippines). I'm trying to apply for my US citizen child's passport from "
        "abroad.",
        ["+63 917 555 0112"],
    ),
    (
        "phone",
        "전화번호 213-555-0161 로 연락 주세요. 영어를 잘 못해요.",
        ["213-555-0161"],
    ),
    (
        "phone",
        "the phone box has a country code dropdown but no Vietnam. my mom's number is +84 90 555 0136",
        ["+84 90 555 0136"],
    ),
    (
        "phone",
        "Daytime phone\n617 555 0104\nEvening phone\n617 555 0189\nBoth required but I only have a cell",
        ["617 555 0104", "617 555 0189"],
    ),
    (
        "phone",
        "Tawagan po ninyo ako sa 808-555-0157. Hindi ko na-receive ang code.",
        ["808-555-0157"],
    ),
    (
        "phone",
        "My landline (803)5550146 can't receive texts and there is no voice option for the code",
        ["(803)5550146"],
    ),
    (
        "phone",
        "Позвоните мне по номеру 718-555-0193, пожалуйста, по-русски.",
        ["718-555-0193"],
    ),
    (
        "phone",
        "reach me on whatsapp +44 7700 555 0128, I'm in the UK for work until August",
        ["+44 7700 555 0128"],
    ),
    (
        "phone",
        "Rele m nan 786\u00a0555\u00a00171 tanpri, mwen pa ka li angle byen.",
        ["786\u00a0555\u00a00171"],
    ),
    (
        "phone",
        "It autoformats my number as (555) 010-8702 when I type 702-555-0108. Something is broken.",
        ["(555) 010-8702", "702-555-0108"],
    ),
    (
        "phone",
        "Veuillez me rappeler au 347.555.0114, je parle français.",
        ["347.555.0114"],
    ),
    (
        "phone",
        "pls call my son who handles my affairs, 503-555-0166, I'm hard of hearing",
        ["503-555-0166"],
    ),
    (
        "phone",
        "Fone: +55 11 9555-0183 (Brasil). O formulário só aceita números dos EUA.",
        ["+55 11 9555-0183"],
    ),
    (
        "phone",
        "Contact number: 2 0 6 5 5 5 0 1 3 3. The field kept deleting digits so I spaced them out.",
        ["2 0 6 5 5 5 0 1 3 3"],
    ),
    # ---------------------------------------------------------------- ssn
    (
        "ssn",
        "The form says my SSN 412-58-3071 is already in use. It's mine, nobody else should have it.",
        ["412-58-3071"],
    ),
    (
        "ssn",
        "SSN: 529148836 (no dashes). The identity check still fails.",
        ["529148836"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 610-32-4478 y me dice que no coincide con mi nombre.",
        ["610-32-4478"],
    ),
    (
        "ssn",
        "social 318 44 7902 - the W-2 you have on file shows a different last four",
        ["318 44 7902"],
    ),
    (
        "ssn",
        "I mistyped my social as 231-67-8840 instead of 231-76-8840 on the application. How do I fix it?",
        ["231-67-8840", "231-76-8840"],
    ),
    (
        "ssn",
        "My daughter's SSN is 747-19-2256, the dependent screen says it's invalid because she's a newborn?",
        ["747-19-2256"],
    ),
    (
        "ssn",
        "我的社会安全号码是 123-09-5871，网站说号码无效。",
        ["123-09-5871"],
    ),
    (
        "ssn",
        "ss# 045.62.1193 - tried with dots since dashes didn't work, nothing works",
        ["045.62.1193"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi là 622-48-1750. Tôi không thể tạo tài khoản.",
        ["622-48-1750"],
    ),
    (
        "ssn",
        "SSN\n384-20-6617\nThe page shows my full SSN in the URL after submit, that seems bad",
        ["384-20-6617"],
    ),
    (
        "ssn",
        "Can't create my my Social Security account. Using SSN 509 81 2743, it says we cannot verify your "
        "identity.",
        ["509 81 2743"],
    ),
    (
        "ssn",
        "사회보장번호 771-30-4826 입력하면 오류가 나요.",
        ["771-30-4826"],
    ),
    (
        "ssn",
        "My late father's SSN (286-52-9014) is still getting mail about benefits, please update the record",
        ["286-52-9014"],
    ),
    (
        "ssn",
        "The last 4 box only lets me enter 4 digits but then next page asks for the full one: 158-73-2294. "
        "Why not ask once?",
        ["158-73-2294"],
    ),
    (
        "ssn",
        "Ang SSN ko ay 603-55-1829 pero sinasabi na hindi ito tugma.",
        ["603-55-1829"],
    ),
    (
        "ssn",
        "social security no.\u00a0437\u201106\u20118852 copied from my tax return, rejected",
        ["437\u201106\u20118852"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 092-71-6635, сайт не принимает.",
        ["092-71-6635"],
    ),
    (
        "ssn",
        "ssn 5 4 3 - 2 1 - 8 7 6 0 i had to tap each digit separately on my tablet and it reset",
        ["5 4 3 - 2 1 - 8 7 6 0"],
    ),
    (
        "ssn",
        "Married couple filing jointly: mine is 341-28-7705 and my wife's is 341-28-9960. The form only "
        "saves the first.",
        ["341-28-7705", "341-28-9960"],
    ),
    (
        "ssn",
        "Numéro de sécurité sociale 212-47-3308, le site refuse mon dossier.",
        ["212-47-3308"],
    ),
    (
        "ssn",
        "The unemployment claim asks for SSN twice and the second box auto-fills with 000-00-0000 instead "
        "of 472-91-3056",
        ["472-91-3056"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 590-14-2287, men sit la di li pa bon.",
        ["590-14-2287"],
    ),
    (
        "ssn",
        "identity theft report: someone used my SSN 268 04 1539 to file a return before me",
        ["268 04 1539"],
    ),
    (
        "ssn",
        "Student loan forgiveness form rejects 7O1-22-4458, sorry I mean 701-22-4458",
        ["7O1-22-4458", "701-22-4458"],
    ),
    (
        "ssn",
        "O número do meu seguro social é 376-81-0024 e o sistema diz que não existe.",
        ["376-81-0024"],
    ),
    # ---------------------------------------------------------------- url_personal
    (
        "url_personal",
        "The reset link https://account.example.com/reset?email=jdoe77%40example.com&token=8f3KqZ2x9LmP "
        "goes to a 404",
        ["jdoe77%40example.com", "8f3KqZ2x9LmP"],
    ),
    (
        "url_personal",
        "my profile page https://portal.example.net/users/mgonzalez84/profile shows someone else's photo",
        ["mgonzalez84"],
    ),
    (
        "url_personal",
        "This link from the email doesn't work: "
        "https://benefits.example.org/status;jsessionid=A1B2C3D4E5F60718293A4B5C6D7E8F90",
        ["A1B2C3D4E5F60718293A4B5C6D7E8F90"],
    ),
    (
        "url_personal",
        "Shared this with my accountant and it opened my whole account: "
        "https://tax.example.com/docs/view?ssn=529148836&year=2023",
        ["529148836"],
    ),
    (
        "url_personal",
        "El enlace https://citas.example.com/confirmar?nombre=Rosa%20Delgado&tel=3055550198 me da error 500",
        ["Rosa%20Delgado", "3055550198"],
    ),
    (
        "url_personal",
        "https://www.example.com/my-account/orders?customer_id=884120593&sid=f7e9a1c2b3 — page is blank on "
        "Chrome",
        ["884120593", "f7e9a1c2b3"],
    ),
    (
        "url_personal",
        "Got logged out and the URL was "
        "https://id.example.org/login?user=tnguyen%2Birs%40example.org&next=/dashboard",
        ["tnguyen%2Birs%40example.org"],
    ),
    (
        "url_personal",
        "The unsubscribe link https://alerts.example.net/unsub/deepa.patel@example.org/all doesn't "
        "unsubscribe me",
        ["deepa.patel@example.org"],
    ),
    (
        "url_personal",
        "我的申请页面 https://apply.example.com/applicant/wang.lei.1990/documents 无法上传文件。",
        ["wang.lei.1990"],
    ),
    (
        "url_personal",
        "the appointment link has my info in it: "
        "https://example.com/appt?first=Dorothy&last=Pruitt&dob=1935-04-02",
        ["Pruitt", "1935-04-02"],
    ),
    (
        "url_personal",
        "Link: https://secure.example.net/session/9a8b7c6d5e4f3a2b1c0d/payment\nIt says session expired "
        "immediately",
        ["9a8b7c6d5e4f3a2b1c0d"],
    ),
    (
        "url_personal",
        "Trang https://example.org/hoso?ma_kh=VN-20418837&email=tranthihoa%40example.net bị lỗi khi mở trên "
        "điện thoại.",
        ["VN-20418837", "tranthihoa%40example.net"],
    ),
    (
        "url_personal",
        "clicked the verify link https://verify.example.com/v/kwamemensah/3c9f82ab1e and got 'link already "
        "used'",
        ["kwamemensah", "3c9f82ab1e"],
    ),
    (
        "url_personal",
        "Your page https://records.example.com/patients;id=447120398;name=Harold-Jenkins/summary loads "
        "another person's record",
        ["447120398", "Harold-Jenkins"],
    ),
    (
        "url_personal",
        "https://example.net/u/lil_tee_2004 is my public profile and it shows my address, please hide it",
        ["lil_tee_2004"],
    ),
    (
        "url_personal",
        "이 링크 https://example.com/members/jiyoung.park/settings?phone=2135550161 가 작동하지 않아요.",
        ["jiyoung.park", "2135550161"],
    ),
    (
        "url_personal",
        "The confirmation URL https://pay.example.org/receipt?acct=8812337712&amt=65.00 includes my account "
        "number, that's not safe",
        ["8812337712"],
    ),
    (
        "url_personal",
        "Ang link https://example.com/profile?username=marites_reyes78 ay hindi bumubukas.",
        ["marites_reyes78"],
    ),
    (
        "url_personal",
        "Ссылка https://example.net/cabinet/svetlana.ivanova/orders не открывается.",
        ["svetlana.ivanova"],
    ),
    (
        "url_personal",
        "Page https://example.com/track?passport=566104829&last_name=Okafor just spins forever",
        ["566104829", "Okafor"],
    ),
    (
        "url_personal",
        "le lien https://example.org/dossier/c.dubois/pieces-jointes ne marche pas",
        ["c.dubois"],
    ),
    (
        "url_personal",
        "Bookmark https://myaccount.example.com/home?sessionid=Zx81Qp77Lm02Rt55 stopped working after the "
        "update",
        ["Zx81Qp77Lm02Rt55"],
    ),
    (
        "url_personal",
        "When I share https://example.net/claims/CLM-2024-88120?claimant=ahmed.alsayed%40example.com with "
        "my lawyer it asks him to log in as me",
        ["ahmed.alsayed%40example.com"],
    ),
    (
        "url_personal",
        "Lyen https://example.com/kont/fabiola.jeanlouis/dokiman yo pa louvri.",
        ["fabiola.jeanlouis"],
    ),
    (
        "url_personal",
        "https://example.org/app/forms/step3?auth_token=eyJhbGciOiJIUzI1NiJ9.dXNlcjE4ODI.Qk7x&uid=3381902 - "
        "step 3 never loads",
        ["eyJhbGciOiJIUzI1NiJ9.dXNlcjE4ODI.Qk7x", "3381902"],
    ),
]

CLEAN: list[str] = [
    "the site keeps timing out on step 3 of 5",
    "My case status for IOE0912345678 hasn't updated in 4 months. Is the tracker broken?",
    "Receipt number EAC2412345678 shows 'Case Was Received' since January 12, nothing since",
    "Which form do I use, I-130 or I-130A? The page says both and the instructions contradict each other.",
    "DS-160 confirmation page didn't download, only a blank PDF",
    "Can't find the 1040-SR instructions in large print",
    "SF-86 keeps logging me out after 15 minutes even when I'm typing",
    "error 0x80070005 when I try to open the downloaded form on Windows",
    "code 504 gateway timeout at about 9:30 pm every night",
    "The fee shows as $535 on one page and $625 on another. Which is it?",
    "Page 7 of the PDF is missing the signature box",
    "Search for 'ZIP 20500' returns nothing for local offices",
    "I visited the Lincoln Memorial last Tuesday and the accessibility map on your site is outdated, the "
    "elevator is on the other side",
    "The Johns Hopkins Hospital listing in the provider directory has the wrong hours",
    "Offices are closed on Martin Luther King Jr. Day but the appointment system still let me book January "
    "20",
    "Your app version 4.2.1 crashes on Android 14 when I tap 'Upload'",
    "95% of the time the map loads, but the other 5% it's just grey tiles",
    "Useful page, thanks. The checklist helped a lot.",
    "The link https://www.example.gov/benefits/apply?lang=es&step=2 takes me to the English page instead",
    "why is the captcha so hard, I tried 6 times",
    "Step 4 asks 'Have you ever used another name?' but there's no way to say no, both buttons say Yes",
    "Confirmation code KX7-442-PLM was shown but no email came",
    "The ticket number the chat gave me was #448120, can someone follow up",
    "It says the deadline is April 15 but the banner says April 18 this year",
    "Paid the $130 renewal fee on 3/2 and it still says unpaid",
    "the dropdown for state has Washington twice",
    "Form I-765 category (c)(9) isn't in the list",
    "Font is tiny on mobile, I'm 70 and can't read it",
    "Your page says to call the help line but doesn't list hours",
    "Please add a dark mode. Reading at night hurts.",
    "The George Washington Bridge toll page links to the wrong state agency",
    "Typo on the FAQ: 'recieve' should be 'receive'",
    "The Grand Canyon timed entry reservations sold out in 2 minutes, is there a waitlist?",
    "The 'Save and continue later' button lost everything I typed in section 2",
    "Form W-4 2024 version isn't the default download, it gives 2022",
    "Uploading a 3.2 MB JPEG fails with 'file too large' but the limit says 5 MB",
    "Error: ERR_CERT_DATE_INVALID on the payment page since this morning",
    "I'd like the option to get paper notices instead of online only",
    "The Smithsonian National Air and Space Museum timed pass page says 'sold out' for dates 6 months away",
    "Walter Reed National Military Medical Center isn't showing in the facility search",
    "Your chatbot answered in Spanish when I asked in English",
    "Estimated wait time says 12-18 months. Is that right for an N-400?",
    "The page has 'Last updated 2019' at the bottom, is the info still valid?",
    "Section 3 question 12 is confusing, does 'household' include roommates?",
    "Nothing happens when I click Submit. No error, no spinner.",
    "the PDF is password protected and no password was given",
    "Got charged a $2.50 convenience fee that wasn't mentioned anywhere",
    "Tried Edge, Chrome and Firefox. All stuck at 'Loading...'",
    "Step 2 of 7: the progress bar shows 80% already",
    "Mount Rushmore National Memorial parking info is wrong on this page",
    "I can't find the Form 8962 instructions for the 2023 tax year",
    "The 'Print' button prints only the first page",
    "Reference number REF-2024-000917 from the chat transcript, issue not solved",
    "Thanks to whoever simplified the renewal form, took me 10 minutes this time",
    "The Ronald Reagan Washington National Airport TSA wait times page is blank",
    "Why does the SNAP calculator assume a household of 4?",
    "the video on the how-to page has no captions",
    "Please make the session timeout longer than 10 minutes, I'm slow at typing",
    "My browser translated the page and the buttons stopped working",
    "Zip code 94110 shows the wrong county",
    "Booked appointment for 10:45 AM but the confirmation says 10:45 PM",
    "The form rejects dates before 01/01/2000 for 'date you entered the US'. Lots of us came before that.",
    "The veterans' crisis line link on the bottom is broken (404)",
    "After the update to iOS 17.4 the login page zooms in and I can't see the button",
    "Fees table lists $0.00 for everything, must be a bug",
    "Received letter with notice code CP2000, the website explanation doesn't match the letter",
    "Hyperlink to Publication 501 goes to Publication 505",
    "Alt text on the chart says 'image123.png'",
    "It's 2024 and I can't upload a HEIC photo from my iPhone?",
    "Fort Bragg was renamed Fort Liberty but the base list still has the old name",
    "Golden Gate Bridge access info under 'Parks' is from 2018",
    "How do I get a copy of my I-94? The search page keeps saying 'no record' for my travel on May 3",
    "Step 5 'Review' doesn't show what I typed in step 3",
    "The calculator gives a benefit of -$12 which can't be right",
    "Tried 3 different cards, every payment fails with error PMT-409",
    "When will the 2024 schedule for the Cherry Blossom Festival shuttles be posted?",
    "The FAQ answer about filing extensions is two paragraphs and never actually answers",
    "The Spanish page for Form I-90 still has English in the buttons",
    "Please add a 'back' button, the browser back button erases the form",
    "File name 'scan_0001.pdf' rejected for having underscores??",
    "How many days does processing take after biometrics? The page says 30 but it's been 67",
    "Your address validator doesn't know new subdivisions built in 2023",
    "CAPTCHA audio option is just static",
    "Can't select 'Other' in the relationship dropdown",
    "The Hoover Dam tour ticket page loops back to the calendar after picking a time",
    "Application ID APP-7781-QX just disappeared from my dashboard",
    "Why does the passport photo tool reject every picture with glasses? I took them off and it still fails",
    "Tax transcript download is a 0 KB file",
    "All good, just wanted to say the new layout is much easier",
    "Option 3 on the menu is labeled 'lorem ipsum'",
    "Page number 12 in the handbook PDF is blank",
    "Please allow 2-factor by authenticator app, texts don't reach my area",
    "Mistake in the instructions: Line 19 refers to 'line 27' which doesn't exist on the 2023 form",
    "Duplicate charge for the $60 FOIA fee on 5/14 and 5/15",
    "The interview notice says Room 204 but the building only has one floor",
    "Appointment for Saturday June 8 at 8:00 am was cancelled with no explanation",
    "The flag display rules page has a broken image of the Washington Monument",
    "Form 1099-G isn't available to download, the button is greyed out",
    "I waited 47 minutes in the virtual queue and then got kicked out",
    "Check box 'I am not a robot' doesn't render on my old iPad (iOS 12)",
    "The benefit amount on page 2 says $1,842 and page 4 says $1,824",
    "Eligibility quiz question 6 and 7 are identical",
    "Johns Hopkins University study link on the research page gives an error",
    "Where do I mail Form SS-5? The page lists two different addresses for the same office",
    "Your office at the Thomas Jefferson Building closed early on Friday but the website said open until 5",
    "Status: 'Card Was Mailed To Me' for 3 weeks, nothing arrived yet",
    "Lost the confirmation # after refreshing, it started with WX and that's all I remember",
    "Pressing Enter in any field submits the whole form",
    "Too many redirects error (ERR_TOO_MANY_REDIRECTS) on the sign in page",
    "the survey popup covers the 'Next' button on phones",
    "Is the 2024 poverty guideline table updated? Page shows 2022 figures",
    "Login.gov works but after redirect I get 'Something went wrong' with no code",
    "The Kennedy Center event calendar link is broken on your visitor page",
    "Spelling mistake on the Korean page title",
    "Can't attach more than 10 files and my evidence is 14 documents",
    "Timeout at 29 minutes exactly, every time",
    "The fee waiver page mentions Form I-912 but links to I-192",
    "Please fix the contrast on the grey-on-grey buttons",
    "Download speed for the 45 MB guide is terrible, took 20 minutes",
    "Your calendar shows no appointments for the next 90 days at any office in a 100-mile radius",
    "Martin Luther King Jr. Memorial page says it's closed but I was there today and it's open",
    "The menu item 'Contact Us' goes to the homepage",
    "Need the form in Hmong please",
    "The stimulus tracker says 'Payment Status Not Available' for everyone I know",
    "Why is the I-485 filing fee different on the fee calculator ($1,440) vs the form page ($1,225)?",
    "Clicking 'Español' logs me out",
    "I tried at 6 am and 11 pm, same error each time: 'Service Unavailable'",
    "Checkbox labels are misaligned on Firefox 127",
    "Two-step verification email arrives 30 minutes later, code already expired",
    "Yellowstone road status page hasn't been updated since October 2",
    "Great service at the Lakewood office, the clerk was patient and kind",
    "the form asks for 'County' but my city is independent (not in a county), no option for that",
    "Social Security statement page shows earnings up to 2021 only",
    "Page https://www.example.gov/forms/i-9 returns a 404 since yesterday",
    "The help article https://help.example.gov/articles/1123 contradicts the form instructions",
    "The PDF form fields reset when I save in Preview on Mac",
    "Order #A-55102 for free COVID tests shows shipped 3 weeks ago, nothing arrived",
    "Holiday schedule says closed November 11 (Veterans Day) but also says open November 11",
    "Could you add an option to download everything as one ZIP file?",
    "Appointment scheduling only offers slots at 7:15 am in a city 3 hours away",
    "I don't understand question 14(b), does 'income' include gifts?",
    "The Eisenhower Executive Office Building tour request form won't load",
    "My phone's screen reader reads the whole page twice",
    "Form DS-11 fillable version doesn't let me type in box 17",
    "After paying, the receipt says 'Amount: NaN'",
    "Website says 'under maintenance' every Sunday from 12 to 6, that's when I have time",
    "Map of polling places shows the one at Franklin D. Roosevelt High School which closed last year",
    "There's no way to correct a mistake after you hit submit on Form AR-11",
    "The estimated refund date moved from 2/28 to 3/14 without explanation",
    "Version 2.0.3 of the app still has the bug from 2.0.1",
    "Lot of broken links on the 'Resources for Seniors' page, at least 8",
    "The Verrazzano-Narrows Bridge toll discount application asks for a plate state but only lists 10 states",
    "Question 9 allows only 250 characters. I need more to explain.",
    "Please bring back the old search, the new one finds nothing",
    "The Pell Grant page says award max is $7,395 in one place and $6,895 in another",
    "The interview was rescheduled from 9/12 to 9/21, then back to 9/12 — which is real?",
    "I'm using a screen magnifier and the page keeps jumping to the top",
    "Website doesn't work on Internet Explorer. I know, I know, but the library computers only have that",
    "Page asks me to 'click the blue button' but there's no blue button",
    "Copy paste is disabled on the 'confirm' fields, annoying",
    "Amount due shows $0 but I still get a reminder letter saying $48.20 owed",
    "How long is form I-797C valid as proof?",
    "Great Smoky Mountains parking tag page has the prices from last year ($5 vs $15)",
    "Who do I contact about the Form 990-N e-Postcard? The link says 'retired'",
    "The 'What to bring' list is missing the photo requirement",
    "It says 3 of 3 attempts used and locks me out for 24 hours. That's too harsh.",
    "Can't find where to renew a boating license, searched 'boat', 'vessel', 'watercraft'",
    "The National Mall map is 404",
    "the countdown timer shows negative minutes after a while",
    "Error code E-1027 'unexpected value' but doesn't say which field",
    "Form 8821 vs 2848 — the page doesn't explain the difference",
    "The 'Check eligibility' tool asks my age but only allows 18-64",
    "Accessibility: tab order on the form goes right column first then left",
    "Thanks for adding Vietnamese, my parents can finally read it",
    "The Harry S. Truman Library visiting hours differ between your site and theirs",
    "The chat widget says 'agent will join in 2 minutes' for an hour",
    "It would be great if the status emails said what the next step is",
    "A lot of questions in section C are repeats of section A",
    "The FEMA disaster assistance page for DR-4834 still says 'coming soon'",
    "My upload says 'virus detected' on a plain PDF from my scanner",
    "No option to pay by check anymore?",
    "The sample form image on the instructions page is too blurry to read",
    "The page asks for 'Form number' but doesn't say where to find it on the notice",
    "Chrome says 'Not secure' on the appointment page",
    "Ticket SR-000342871 was closed as resolved but nothing changed",
    "Prices on the National Park pass page say $80 annual, checkout says $90",
    "Why do I have to re-enter everything when I switch from phone to computer?",
    "The 'estimated completion 12 minutes' is more like 45",
    "The Benjamin Franklin Bridge entry on the tolls page has the wrong direction",
    "please add a search box to the forms list, there are 400+ forms",
    "Whatever changed on Monday broke the login for everyone in our office (5 people)",
    "The cursor jumps out of the date field after typing the month",
    "The statement of benefits PDF is in 6 point font",
    "Pages 3-5 of the instructions are in the wrong order",
    "Keeps saying 'invalid characters' for a simple sentence with a comma",
    "Selected 'Mailing address same as home' but it still asks for mailing address",
    "Sorry, tried 3 times, the form only works in the morning?",
    "I'm trying to get a replacement Medicare card but the link goes to the Social Security homepage and "
    "I'm lost there",
    "Sign-in with PIV card fails with error 'certificate not trusted'",
    "Question: can I file Form I-131 online if I already filed on paper?",
    "The form is fine, the instructions are 38 pages. Please make a short version.",
    "Cookie banner won't close on Safari",
    "Jackson Memorial Hospital is missing from the list of approved civil surgeons sites",
    "Data in the 2022 census table for our county shows 0 population",
    "Confirmation #9F2K-77 works for check-in but not for changes",
    "The payment portal accepts only 4 digit CVV now? Mine is 3",
    "Can't scroll the terms box on mobile so I can't check 'I agree'",
    "The page says 'Coming in Spring 2023'. It's 2024.",
    "No way to upload a document after submitting, RFE says upload online",
    "'Something went wrong (ref 7be2)' when trying to print the receipt",
    "The online form doesn't auto-save, lost 40 minutes of work",
    "Add more appointment slots at the Brooklyn office, nothing available until March",
    "Who fixed the search? It actually works now, thank you!",
    "Please stop sending 3 emails for each update",
    "The guide for Form 941 has a broken table on page 6",
    "The USDA loan calculator's interest rate box only accepts whole numbers, rates are like 4.75%",
    "Site map has links to pages that no longer exist",
    "Kept getting 'unauthorized' even after logging in again",
    "Application fee was refunded as $0.01, weird",
    "The George Bush Intercontinental Airport Global Entry office hours are wrong",
    "Would be nice to see my place in the queue",
    # other languages
    "La página se queda cargando en el paso 3 de 5 y no avanza.",
    "Mi caso IOE0987654321 no se ha actualizado en seis meses. ¿Está funcionando el sistema?",
    "El formulario I-765 en español tiene errores de traducción en la pregunta 12.",
    "No encuentro dónde descargar el recibo del pago de $85.",
    "La cita para biometría es el 14 de marzo a las 8:30 am pero la oficina abre a las 9.",
    "El botón de 'Enviar' no hace nada en mi teléfono.",
    "Por favor agreguen más citas en la oficina de Houston, no hay nada hasta julio.",
    "Gracias, la nueva página es mucho más fácil de usar.",
    "Dice 'error 500' cada vez que intento pagar la multa.",
    "¿Dónde está el formulario N-400 en español? Solo encuentro las instrucciones.",
    "El enlace https://www.example.gov/es/beneficios?paso=2 me lleva a una página en blanco.",
    "La tarifa dice $675 en un lugar y $710 en otro.",
    "No puedo subir fotos desde mi celular, solo desde la computadora.",
    "Llamé a la línea de ayuda y nadie contestó después de una hora.",
    "网站在第二步一直显示“加载中”，无法继续。",
    "我的案件号 EAC2398765432 已经四个月没有更新了。",
    "表格 I-485 的中文说明和英文版本不一致。",
    "付款页面显示错误代码 402，但是银行已经扣款了。",
    "请增加中文客服，电话帮助热线总是占线。",
    "Trang web bị lỗi ở bước 4, không bấm được nút Tiếp tục.",
    "Mẫu đơn I-130 bản tiếng Việt thiếu trang 3.",
    "Tôi đã trả phí $120 nhưng chưa nhận được biên nhận.",
    "Xin thêm lịch hẹn vào cuối tuần cho người đi làm.",
    "웹사이트가 3단계에서 계속 멈춰요.",
    "신청서 DS-160 확인 페이지가 다운로드되지 않습니다.",
    "수수료가 $535 로 나오는데 다른 페이지에는 $625 로 나와요.",
    "Hindi gumagana ang 'Submit' button sa aking telepono.",
    "Ang form I-864 ay masyadong mahaba, sana may mas simpleng bersyon.",
    "Naghintay ako ng 2 oras sa help line pero walang sumagot.",
    "Страница зависает на шаге 2 из 6.",
    "Форма I-90 на русском языке недоступна, только на английском.",
    "Ошибка 403 при попытке скачать квитанцию.",
    "الموقع لا يعمل على الهاتف، الزر لا يستجيب.",
    "أرجو إضافة النموذج I-589 باللغة العربية.",
    "Le site affiche « erreur 504 » chaque fois que je veux payer.",
    "Le formulaire N-565 n'est pas disponible en français.",
    "Mwen pa ka telechaje fòm I-821 la, paj la rete blan.",
    "Tanpri mete plis randevou nan biwo Miami a.",
    "O site trava na etapa 3 de 5 e não consigo continuar.",
    "O formulário I-131 em português tem erros de tradução.",
    "A taxa aparece como $410 em uma página e $465 em outra.",
    "Quiero saber cuánto tarda el proceso del I-751, ya pasaron 18 meses.",
    "La página del Monumento a Lincoln tiene el horario equivocado.",
    "我在华盛顿纪念碑附近的办公室预约，但是地图显示的位置不对。",
    "Receipt WAC2490012345 shows a different form type (I-129) than what I filed",
    "Form SF-424 attachment upload fails above 20 pages",
    "The renewal reminder came on 10/02 but the deadline was 09/30",
    "Error 0xC0000005 when opening the e-file software after update 3.14",
    "The Thurgood Marshall Federal Judiciary Building isn't listed under 'Federal buildings'",
    "Comment box cuts off at 500 characters without warning",
    "Order status page shows 'Processing' since 14:32 on Friday",
    "Population figures for ZIP 60614 look like they're from 2010",
    "No se puede cambiar el idioma después de empezar el formulario.",
    "Cita cancelada el 2 de abril sin aviso, número de confirmación BX-5521.",
    "表格第7页的签名栏无法填写。",
    "Lỗi 'code 500' khi tải lên tài liệu PDF 2 MB.",
    "I gave up after 4 tries. 20% of the page doesn't even load.",
    "The I-134 form link on the Uniting for Ukraine page goes to I-134A",
    "It says 'Your session will expire in 2 minutes' but gives no button to extend it",
    "The Dwight D. Eisenhower Memorial page has no accessibility information",
    "Wrong year in the footer (© 2021)",
    "1 star. Form ate my answers twice.",
    "Is the 1095-A form mailed or only online this year?",
    "The fee for a replacement certificate is listed as $555 on one page, I think it's a typo for $55",
    "Processing time for Texas Service Center updated to 14.5 months, that was 8 months last week?",
    "Please add the Haitian Creole version of the DACA FAQ",
]
