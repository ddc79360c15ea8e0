# ruff: noqa: RUF001
"""Sixteenth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites
when they complain after something went wrong: tired or angry, in a hurry, pasting whatever
the screen, the e-mail or the error page showed them, and signing off however they like.
The corpus was written without seeing the redaction rules (and without reading the earlier
corpora) and must not be used to tune them: it exists only to measure them.

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
    # ------------------------------------------------------------------ a_number
    (
        "a_number",
        "I-765 renewal page says my A-Number is invalid. I typed A212345678 exactly like on my card "
        "and it still gives error E-104.",
        ["A212345678"],
    ),
    (
        "a_number",
        "Alien registration number: A-087-654-321\nReceipt: IOE0912345678\nthe status page has shown "
        "nothing since March",
        ["A-087-654-321"],
    ),
    (
        "a_number",
        "the form won't accept my A# with the A in front, so i tried 201 553 908 without it and now "
        "it says the number doesn't match my records",
        ["201 553 908"],
    ),
    (
        "a_number",
        "No puedo entrar a mi cuenta. Mi número de extranjero es A 098 112 457 y el sistema dice que "
        "no existe. Ya llamé tres veces.",
        ["A 098 112 457"],
    ),
    (
        "a_number",
        "USCIS# 076441239 (that's the A number, 9 digits with the leading zero) -- the box only takes 8??",
        ["076441239"],
    ),
    (
        "a_number",
        "Why does the online change of address need my alien number AGAIN, I already gave it twice: "
        "a-213-009-874. Seriously.",
        ["a-213-009-874"],
    ),
    (
        "a_number",
        "My A number is an old one, only 8 digits: A43218765. The field requires 9. Do I add a 0 in "
        "front? Nobody answers on the help line.",
        ["A43218765"],
    ),
    (
        "a_number",
        "Applicant: Tran Thi Mai\nA-Number: A-204-667-381\nClass: C09\nError: record not found",
        ["Tran Thi Mai", "A-204-667-381"],
    ),
    (
        "a_number",
        "我的A号码是A219 884 302，网站一直显示“无效”。请帮忙，我的工作许可下个月就过期了。",
        ["A219 884 302"],
    ),
    (
        "a_number",
        "my green card says USCIS # 215-443-096 but the page calls it A-Number and rejects the "
        "dashes. make up your mind",
        ["215-443-096"],
    ),
    (
        "a_number",
        "A#205117732 is on the EAD and on the I-797C, and the FOIA request form says it 'does not match'.",
        ["205117732"],
    ),
    (
        "a_number",
        "Số A của tôi là A-221-930-457, trang web báo lỗi mỗi khi tôi nhập vào.",
        ["A-221-930-457"],
    ),
    (
        "a_number",
        "Case status tool: entered receipt EAC2490123456 and A-number A 2 0 9 7 7 4 5 1 8 (the app on "
        "my phone adds the spaces, weird) -> 'invalid input'",
        ["A 2 0 9 7 7 4 5 1 8"],
    ),
    (
        "a_number",
        "The fee waiver page timed out twice. My alien # is A\u2011218\u2011406\u2011553 if someone "
        "can look it up",
        ["A\u2011218\u2011406\u2011553"],
    ),
    (
        "a_number",
        "A-number (copied from my parole document): A 20311 4478. Is the grouping wrong? the form "
        "says invalid",
        ["A 20311 4478"],
    ),
    (
        "a_number",
        "외국인 등록번호 A216-503-889 입력하면 계속 오류가 납니다. 고쳐 주세요.",
        ["A216-503-889"],
    ),
    (
        "a_number",
        "I am filing for my son, his A number is A099342716 and mine is A099342708. The form only "
        "lets me put one.",
        ["A099342716", "A099342708"],
    ),
    (
        "a_number",
        "Error 422: field alienNumber must match ^A[0-9]{9}$ -- I entered A-207-338-190 which IS 9 digits!!",
        ["A-207-338-190"],
    ),
    (
        "a_number",
        "alien reg no. A\u00a0214\u00a0772\u00a0035 keeps getting flagged as a duplicate",
        ["A\u00a0214\u00a0772\u00a0035"],
    ),
    (
        "a_number",
        "Hindi tinatanggap ang A-number ko na A-219-004-862 sa online form. Ano po ang dapat kong gawin?",
        ["A-219-004-862"],
    ),
    (
        "a_number",
        "Copied from the letter: 'Your A-Number: 212 880 417. Please include it on all "
        "correspondence.' The web form says it isn't mine.",
        ["212 880 417"],
    ),
    (
        "a_number",
        "The page asks for A-Number OR USCIS Online Account Number. I gave A200445167 and it tells me "
        "to use the other one. I don't have the other one!",
        ["A200445167"],
    ),
    (
        "a_number",
        "Мой регистрационный номер иностранца A-203-567-914, сайт пишет «неверный формат».",
        ["A-203-567-914"],
    ),
    (
        "a_number",
        "i think i typoed, my a numbr is a210558143 not a210558134, can i fix it after submiting??",
        ["a210558143", "a210558134"],
    ),
    (
        "a_number",
        "Ref: EAC2412345678 / A# 20988145 / Status: Case Was Received / Last updated: never",
        ["20988145"],
    ),
    # ------------------------------------------------------------------ address
    (
        "address",
        "The address validation keeps changing 1720 Birchwood Ave Apt 3B into '1720 BIRCHWOOD AVE' "
        "and drops the apartment, so my mail goes back.",
        ["1720 Birchwood Ave Apt 3B", "1720 BIRCHWOOD AVE"],
    ),
    (
        "address",
        "Mailing address: 2291 W Cermak Rd, Unit 4, Chicago IL 60608 - the form says invalid ZIP. "
        "It's my ZIP!",
        ["2291 W Cermak Rd, Unit 4"],
    ),
    (
        "address",
        "i moved to 77 hawthorne ln last month and the change of address still shows the old one",
        ["77 hawthorne ln"],
    ),
    (
        "address",
        "Mi dirección es 3318 Calle Las Flores, Apto. 12, Laredo TX, y el formulario no acepta la "
        "palabra 'Calle'.",
        ["3318 Calle Las Flores, Apto. 12"],
    ),
    (
        "address",
        "My new card was sent to 905 N. Martin Luther King Jr. Blvd #210 but it came back "
        "undeliverable. That IS my address.",
        ["905 N. Martin Luther King Jr. Blvd #210"],
    ),
    (
        "address",
        "Address line 1: 14 Orchard Hill Road\nAddress line 2: (blank)\nCity: Dover\nState: DE\n=> "
        "'We could not verify this address'",
        ["14 Orchard Hill Road"],
    ),
    (
        "address",
        "Our home is at 12850 County Road 42, there's no number on the mailbox, and your map tool "
        "puts the pin two miles away.",
        ["12850 County Road 42"],
    ),
    (
        "address",
        "我的地址是 456 Grant Ave 3楼, San Francisco, 但系统说地址无法验证。",
        ["456 Grant Ave 3楼"],
    ),
    (
        "address",
        "I live at 104-22 Queens Blvd Apt 6F and the system strips the dash so it becomes 10422 "
        "Queens Blvd, which doesn't exist.",
        ["104-22 Queens Blvd Apt 6F", "10422 Queens Blvd"],
    ),
    (
        "address",
        "Please send the replacement to my daughter's house, 8 Larkspur Ct., not to 1600 Lakeview "
        "Terrace. I don't live there anymore.",
        ["8 Larkspur Ct.", "1600 Lakeview Terrace"],
    ),
    (
        "address",
        "Địa chỉ của tôi: 10231 Bolsa Ave Spc 45, Westminster CA. Trang web không nhận chữ 'Spc'.",
        ["10231 Bolsa Ave Spc 45"],
    ),
    (
        "address",
        "Street: 3120 SE Division St. Apt. 7\nZIP: 97202\nthe validator says 'address not "
        "deliverable' but USPS delivers there every day",
        ["3120 SE Division St. Apt. 7"],
    ),
    (
        "address",
        "MY ADDRESS IS 6 PINE KNOLL DRIVE AND YOUR LETTER SAYS 6 PINE KNOLL DRIVE SOUTH WHICH DOES NOT EXIST",
        ["6 PINE KNOLL DRIVE"],
    ),
    (
        "address",
        "Address is 221 1/2 Maple Ave (rear house). The form rejects the slash and the '1/2'.",
        ["221 1/2 Maple Ave"],
    ),
    (
        "address",
        "주소: 3450 Wilshire Blvd Apt 1104, Los Angeles. 우편번호는 맞는데 주소가 틀리다고 나옵니다.",
        ["3450 Wilshire Blvd Apt 1104"],
    ),
    (
        "address",
        "Tried '5 Old Mill Rd' and 'Five Old Mill Road', both fail the address check.",
        ["5 Old Mill Rd", "Five Old Mill Road"],
    ),
    (
        "address",
        "Vivo en Urb. Villa Carolina, Calle 12 Bloque 5 #18, Carolina PR 00985 y el sistema no acepta "
        "direcciones de urbanización.",
        ["Urb. Villa Carolina, Calle 12 Bloque 5 #18"],
    ),
    (
        "address",
        "Deliver to:\n2716 Sycamore St\nApt 2\nMemphis TN 38104\n\nthat's what I typed and it says "
        "'incomplete address'",
        ["2716 Sycamore St"],
    ),
    (
        "address",
        "My mom (she lives with me at 59 Cedar Crest Way) got the letter but mine never came.",
        ["59 Cedar Crest Way"],
    ),
    (
        "address",
        "Address: 1385 E 4500 S, Salt Lake City -- the form thinks '4500 S' is a unit number.",
        ["1385 E 4500 S"],
    ),
    (
        "address",
        "Ang address ko po ay 742 Mission St Apt 5, Daly City. Hindi ma-update sa website.",
        ["742 Mission St Apt 5"],
    ),
    (
        "address",
        "street: 18 w. 73rd st., apt 4r\nit autocorrects to 18 W 73rd St and loses the apt",
        ["18 w. 73rd st., apt 4r", "18 W 73rd St"],
    ),
    (
        "address",
        "Meu endereço é 61 Ferry Street, apto 2, Newark NJ, e o site diz que não é válido.",
        ["61 Ferry Street, apto 2"],
    ),
    (
        "address",
        "Adrès mwen se 1290 NE 135th St Apt 4, North Miami. Sit la pa vle aksepte l, li di adrès la "
        "pa valab.",
        ["1290 NE 135th St Apt 4"],
    ),
    (
        "address",
        "Sent the form to 4400 Ridgecrest Dr., Apt #1012 twice and nothing. Please check.\n- Delores "
        "Whitfield",
        ["4400 Ridgecrest Dr., Apt #1012", "Delores Whitfield"],
    ),
    # ------------------------------------------------------------------ bank
    (
        "bank",
        "Direct deposit form rejected routing 021000021 and account 4830019275. Both are right, I "
        "checked with my bank.",
        ["021000021", "4830019275"],
    ),
    (
        "bank",
        "Refund went to my old account ending 7731, the full number was 3920117731, I closed it in "
        "May. Where is my money?",
        ["3920117731"],
    ),
    (
        "bank",
        "Puse mi número de cuenta 0047 2210 9983 y el número de ruta 122000247 pero dice 'error de "
        "validación'.",
        ["0047 2210 9983", "122000247"],
    ),
    (
        "bank",
        "RTN 026009593 / DDA 483920117765 -- the payment page says 'bank not found'",
        ["026009593", "483920117765"],
    ),
    (
        "bank",
        "I typed the numbers from the bottom of my check: 011000015 2214090876 1043 - which one is "
        "the routing and which is the account?? the form doesn't say",
        ["011000015", "2214090876"],
    ),
    (
        "bank",
        "Credit union acct 458812-S01, routing 256074974. The page says the account must be numeric only.",
        ["458812-S01", "256074974"],
    ),
    (
        "bank",
        "我的银行账号是 6221 0098 7712 34，路由号码 121000358，提交后显示错误。",
        ["6221 0098 7712 34", "121000358"],
    ),
    (
        "bank",
        "My pension is paid abroad, IBAN DE89 3704 0044 0532 0130 00, and the foreign deposit form "
        "doesn't have a field for it.",
        ["DE89 3704 0044 0532 0130 00"],
    ),
    (
        "bank",
        "Savings 55 1029 3381 (routing 031000053) for the direct deposit please, not checking.",
        ["55 1029 3381", "031000053"],
    ),
    (
        "bank",
        "Số tài khoản ngân hàng của tôi là 1900 4455 2231, số routing 322271627. Tiền hoàn thuế vẫn chưa về.",
        ["1900 4455 2231", "322271627"],
    ),
    (
        "bank",
        "Acct# xxxxx6602 is on the letter but I want to change it to 7719033421, the edit button is "
        "greyed out.",
        ["7719033421"],
    ),
    (
        "bank",
        "Routing no.: 111000025   Account no.: 3310-2298-44\n'Please enter a valid account number'",
        ["111000025", "3310-2298-44"],
    ),
    (
        "bank",
        "계좌번호 110-4823-77150 (routing 026013673) 로 환급받고 싶은데 저장이 안 됩니다.",
        ["110-4823-77150", "026013673"],
    ),
    (
        "bank",
        "my bank says the account is 9100234471882 (13 digits) but your field max is 12. fix your form",
        ["9100234471882"],
    ),
    (
        "bank",
        "Direct Deposit\nBank: First Example Credit Union\nRouting: 325081403\nAccount: "
        "88120045\nType: Checking\n-> 'Invalid routing number'",
        ["325081403", "88120045"],
    ),
    (
        "bank",
        "I entered routing and account backwards (account is 6630918825, routing 071000013). How do I "
        "fix it before the payment date?",
        ["6630918825", "071000013"],
    ),
    (
        "bank",
        "Номер счёта 40817810099910004312 — это мой счёт в банке за границей, форма не принимает 20 цифр.",
        ["40817810099910004312"],
    ),
    (
        "bank",
        "acct no 2047-113-908 routing no 091000019 please update, the old one is closed",
        ["2047-113-908", "091000019"],
    ),
    (
        "bank",
        "Payment from acct ***4410 failed. Full acct is 5512904410, routing 053000196. Nothing wrong "
        "with the account.",
        ["5512904410", "053000196"],
    ),
    (
        "bank",
        "Ang bank account ko ay 0098-7712-3345, hindi ko ma-enter sa form kasi may gitling.",
        ["0098-7712-3345"],
    ),
    (
        "bank",
        "ACH debit authorization: ABA 044000037 / Acct 300129876554 / Type: savings. I never "
        "authorized two debits.",
        ["044000037", "300129876554"],
    ),
    (
        "bank",
        "Routing#:063100277Account#:1298843310 (that's how your confirmation email printed it, no spaces)",
        ["063100277", "1298843310"],
    ),
    (
        "bank",
        "the refund bounced because I typed 81000210 instead of 081000210 for the routing. account is "
        "still 44200193. can you reissue",
        ["81000210", "081000210", "44200193"],
    ),
    (
        "bank",
        "UK account for my survivor benefit: GB82 WEST 1234 5698 7654 32. The international direct "
        "deposit page errors with code 17.",
        ["GB82 WEST 1234 5698 7654 32"],
    ),
    (
        "bank",
        "Mon numéro de compte 000123987455 et le numéro d'acheminement 121042882 sont corrects, mais "
        "le site refuse.",
        ["000123987455", "121042882"],
    ),
    # ------------------------------------------------------------------ card
    (
        "card",
        "Paid the passport fee with 4111 1111 1111 1111 and got charged twice! $130 each time.",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "Card: 5555-5555-5555-4444 Exp 09/27 -- payment page says declined but my bank shows a "
        "pending hold for $85.00",
        ["5555-5555-5555-4444"],
    ),
    (
        "card",
        "AMEX 3782 822463 10005 is not accepted on the fee page, only Visa/MC?? It's 2025.",
        ["3782 822463 10005"],
    ),
    (
        "card",
        "Intenté pagar con mi tarjeta 4012 8888 8888 1881 y me cobraron la tarifa dos veces.",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "card no 6011000990139424 exp 11/26, transaction id TXN-88213, status 'unknown'",
        ["6011000990139424"],
    ),
    (
        "card",
        "The receipt shows VISA ************1111 but I used my Mastercard 5105 1051 0510 5100, why?",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "I accidentally typed my card number 4242424242424242 into the comments box on the payment "
        "page, please delete it",
        ["4242424242424242"],
    ),
    (
        "card",
        "信用卡号 3530 1113 3330 0000 付款失败，但是银行已经扣款了。",
        ["3530 1113 3330 0000"],
    ),
    (
        "card",
        "diners card 3056 930902 5904 declined, no reason given",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "Debit card 4000-0566-5566-5556\nAmount: $85.00\nStatus: FAILED (code 402)\nTry again later",
        ["4000-0566-5566-5556"],
    ),
    (
        "card",
        "I paid with the card ending in 8210 but the FULL number got printed on the email receipt: "
        "5200828282828210. That's a security problem!!",
        ["5200828282828210"],
    ),
    (
        "card",
        "Thẻ của tôi 2223 0031 2200 3222 bị từ chối dù trong tài khoản vẫn còn tiền.",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "cc 5454 5454 5454 5454 exp 0128 - your site says invalid expiration, it's Jan 2028",
        ["5454 5454 5454 5454"],
    ),
    (
        "card",
        "card number 4035.5010.0000.0008 (the form wanted dots? it wouldn't take dashes)",
        ["4035.5010.0000.0008"],
    ),
    (
        "card",
        "Amex: 371449635398431 - Please refund the duplicate $130 charge from 5/2",
        ["371449635398431"],
    ),
    (
        "card",
        "카드번호 6200 0000 0000 0005 (UnionPay) 로 결제가 안 됩니다.",
        ["6200 0000 0000 0005"],
    ),
    (
        "card",
        "There's a charge on 4917 6100 0000 0000 from your agency that I don't recognize. I never "
        "applied for anything.",
        ["4917 6100 0000 0000"],
    ),
    (
        "card",
        "The payment iframe auto-fills '4000 0025 0000 3155' from my browser and then fails the 3-D "
        "Secure step",
        ["4000 0025 0000 3155"],
    ),
    (
        "card",
        "card 4462\u200b0300\u200b0000\u200b0000 (copied from my banking app) gets 'invalid card number'",
        ["4462\u200b0300\u200b0000\u200b0000"],
    ),
    (
        "card",
        "Paid $535 with debit 4988 4388 4388 4305, reference PAY-77120031, but no confirmation email "
        "ever came.",
        ["4988 4388 4388 4305"],
    ),
    (
        "card",
        "Mon numéro de carte 4000 0000 0000 0077 a été refusé sur la page de paiement, alors que la "
        "banque dit que tout va bien.",
        ["4000 0000 0000 0077"],
    ),
    (
        "card",
        "I used 3566 0020 2036 0505 (JCB) and the card type dropdown doesn't even list JCB",
        ["3566 0020 2036 0505"],
    ),
    (
        "card",
        "Card#: 6011-1111-1111-1117 | Name on card: ROSALIND K. MBEKI | Billing ZIP: 30310 | Result: "
        "AVS mismatch",
        ["6011-1111-1111-1117", "ROSALIND K. MBEKI"],
    ),
    (
        "card",
        "typed 4263 9826 4026 9299 and got 'card type not supported', it's a VISA!",
        ["4263 9826 4026 9299"],
    ),
    (
        "card",
        "Corporate AMEX 3787-344936-71000 was used by mistake for my personal application, can I "
        "switch to my own card 4217 6511 1111 1119?",
        ["3787-344936-71000", "4217 6511 1111 1119"],
    ),
    # ------------------------------------------------------------------ dob
    (
        "dob",
        "The form says I'm under 18 but my date of birth is 03/14/1962!",
        ["03/14/1962"],
    ),
    (
        "dob",
        "DOB: 1957-11-02 / the age calculation on the summary page shows 6",
        ["1957-11-02"],
    ),
    (
        "dob",
        "I was born on July 4th, 1949 and the dropdown won't let me pick a year before 1950.",
        ["July 4th, 1949"],
    ),
    (
        "dob",
        "Mi fecha de nacimiento es 12 de agosto de 1971 pero el sistema la cambia a 08/12/1971.",
        ["12 de agosto de 1971", "08/12/1971"],
    ),
    (
        "dob",
        "Date of Birth: 2/9/88\nError: Please enter a valid date (MM/DD/YYYY)",
        ["2/9/88"],
    ),
    (
        "dob",
        "birthday 31.05.1990 (european format, sorry) and it errors out",
        ["31.05.1990"],
    ),
    (
        "dob",
        "My son's DOB is 06-22-2011, he needs a passport renewal and the minor checkbox keeps "
        "unchecking itself",
        ["06-22-2011"],
    ),
    (
        "dob",
        "我的出生日期是1958年3月9日，网站显示格式错误。",
        ["1958年3月9日"],
    ),
    (
        "dob",
        "Applicant: Kwame Asante-Boateng\nDOB: 19 SEP 1983\nSex: M\n-> 'Applicant not found'",
        ["Kwame Asante-Boateng", "19 SEP 1983"],
    ),
    (
        "dob",
        "The calendar widget starts at 2025 and I have to click back 70 years to reach my birthday, 5 "
        "January 1954. Terrible design.",
        ["5 January 1954"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 15/10/1966 nhưng hệ thống ghi là 10/15/1966, làm sao sửa?",
        ["15/10/1966", "10/15/1966"],
    ),
    (
        "dob",
        "born 1975 oct 30, the form thinks I'm 150",
        ["1975 oct 30"],
    ),
    (
        "dob",
        "DOB mismatch: SSA has 04/01/1959, your form has 01/04/1959 - which one do you want?",
        ["04/01/1959", "01/04/1959"],
    ),
    (
        "dob",
        "my birth date 11-Nov-1980 triggers 'invalid date' on step 2",
        ["11-Nov-1980"],
    ),
    (
        "dob",
        "생년월일 1968년 2월 27일 입력 시 오류가 납니다.",
        ["1968년 2월 27일"],
    ),
    (
        "dob",
        "My husband was born Feb. 29, 1952 (leap day) and your system rejects the date. He exists, I "
        "promise.",
        ["Feb. 29, 1952"],
    ),
    (
        "dob",
        "DOB 19670812 without slashes works, with slashes it doesn't. Very confusing.",
        ["19670812"],
    ),
    (
        "dob",
        "Ang birthday ko ay Marso 3, 1979 pero lumalabas na 1997 sa form.",
        ["Marso 3, 1979"],
    ),
    (
        "dob",
        "date of birth (mm/dd/yyyy): 09 / 17 / 1944 <- typed exactly like that, still red",
        ["09 / 17 / 1944"],
    ),
    (
        "dob",
        "I turned 65 this week - born 8/3/1960 - and the Medicare page says I'm not eligible yet.",
        ["8/3/1960"],
    ),
    (
        "dob",
        "Дата рождения: 21.04.1973, а сайт пишет, что мне 151 год.",
        ["21.04.1973"],
    ),
    (
        "dob",
        "Mother was born on the 2nd of December 1938, the survivor form only allows dates after 1940?",
        ["2nd of December 1938"],
    ),
    (
        "dob",
        "Ma date de naissance est le 7 mars 1985 et le formulaire refuse la date.",
        ["7 mars 1985"],
    ),
    (
        "dob",
        "تاريخ ميلادي 1990/06/18 والموقع لا يقبل هذا التاريخ",
        ["1990/06/18"],
    ),
    (
        "dob",
        "DOB\u00a012\u00a0Jun\u00a01991 (that's how the ID scan filled it) and now the form won't go "
        "to the next step",
        ["12\u00a0Jun\u00a01991"],
    ),
    # ------------------------------------------------------------------ email
    (
        "email",
        "pls reply to my personal email ana.quintero84@example.com, not the one on file",
        ["ana.quintero84@example.com"],
    ),
    (
        "email",
        "Email on file: T.Nakamura@example.net — I can't reset the password because the code never arrives.",
        ["T.Nakamura@example.net"],
    ),
    (
        "email",
        "Mi correo es luisfer.gomez@example.org y no me llega el código de verificación.",
        ["luisfer.gomez@example.org"],
    ),
    (
        "email",
        "The confirmation went to jbrooks+uscis@example.com, the plus sign breaks your login form.",
        ["jbrooks+uscis@example.com"],
    ),
    (
        "email",
        "my email is mike dot obrien at example dot com (your feedback box wouldn't let me type the at sign)",
        ["mike dot obrien at example dot com"],
    ),
    (
        "email",
        "EMAIL: DWAYNE.HOLLOWAY1961@EXAMPLE.NET  PLEASE RESPOND",
        ["DWAYNE.HOLLOWAY1961@EXAMPLE.NET"],
    ),
    (
        "email",
        "我的邮箱 wang.xiaoling@example.com 收不到验证码。",
        ["wang.xiaoling@example.com"],
    ),
    (
        "email",
        "From: Priya Raghunathan <priya.r@example.org>\nSent: Tuesday 9:14 AM\nSubject: FW: Your "
        "application\n\nforwarding the bounce because the reply address doesn't work",
        ["Priya Raghunathan", "priya.r@example.org"],
    ),
    (
        "email",
        "typo in my email when i registered: kelly.oconor@example.com instead of "
        "kelly.oconnor@example.com, how do i change it",
        ["kelly.oconor@example.com", "kelly.oconnor@example.com"],
    ),
    (
        "email",
        "Ive tried 2 emails: bsmith@example.com, b.smith1990@example.net -- neither gets the link",
        ["bsmith@example.com", "b.smith1990@example.net"],
    ),
    (
        "email",
        "Email của tôi là nguyenvanhung.1970@example.com, xin gửi lại mã xác nhận.",
        ["nguyenvanhung.1970@example.com"],
    ),
    (
        "email",
        "Username = email = s_abdullahi@example.org, and 'forgot username' says no account found",
        ["s_abdullahi@example.org"],
    ),
    (
        "email",
        "the 'verify email' link is sent to 'marisol_vega@example.com ' with a trailing space and "
        "then it fails",
        ["marisol_vega@example.com"],
    ),
    (
        "email",
        "이메일 주소 jiyoon.park@example.net 로 인증번호가 오지 않습니다.",
        ["jiyoon.park@example.net"],
    ),
    (
        "email",
        "Contact me at rgreen@mail.example.com (work) or rgreen77@example.net (home), whichever",
        ["rgreen@mail.example.com", "rgreen77@example.net"],
    ),
    (
        "email",
        "email address <harold.w.finch@example.org> is what I used in 2019 when I created the account",
        ["harold.w.finch@example.org"],
    ),
    (
        "email",
        "The subject line said 'Dear tkowalski@example.com' instead of my name lol. very personal",
        ["tkowalski@example.com"],
    ),
    (
        "email",
        "Pakipadala po sa email ko: reyes.maricel@example.com. Salamat po.\nMaricel Reyes",
        ["reyes.maricel@example.com", "Maricel Reyes"],
    ),
    (
        "email",
        "emial: fatima.zahra.b@example.org (sorry for the typo, I'm on my phone)",
        ["fatima.zahra.b@example.org"],
    ),
    (
        "email",
        "my email is d\u200bevon.hart@example.com (copied from my phone) and it says invalid characters",
        ["d\u200bevon.hart@example.com"],
    ),
    (
        "email",
        "Please unsubscribe old.address.gary@example.net from the newsletter, it was my late father's "
        "account",
        ["old.address.gary@example.net"],
    ),
    (
        "email",
        "Mon adresse courriel est c.dubois@example.org, merci de me répondre en français si possible.",
        ["c.dubois@example.org"],
    ),
    (
        "email",
        "Почта: olga.smirnova85@example.com, код подтверждения не приходит уже два дня.",
        ["olga.smirnova85@example.com"],
    ),
    (
        "email",
        "the portal lowercased my email and now login fails: it was JSmith.Taylor@Example.com",
        ["JSmith.Taylor@Example.com"],
    ),
    (
        "email",
        "sign up fails with 'email already in use' for ahmed_k@example.net - I never registered before!",
        ["ahmed_k@example.net"],
    ),
    # ------------------------------------------------------------------ ip
    (
        "ip",
        "blocked: 'Access denied for 203.0.113.45'. I'm a regular person at home, not a bot!",
        ["203.0.113.45"],
    ),
    (
        "ip",
        "Your firewall says my IP 198.51.100.23 is on a blocklist. It's my home internet.",
        ["198.51.100.23"],
    ),
    (
        "ip",
        "Me aparece 'Su dirección IP 192.0.2.147 ha sido bloqueada' cada vez que intento entrar.",
        ["192.0.2.147"],
    ),
    (
        "ip",
        "Error page: Request ID 8f2a-91cc | Client IP: 2001:db8:85a3::8a2e:370:7334 | Time 14:02 UTC",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "my IP address is 203.0.113.7 (from whatismyip) if that helps you unblock me",
        ["203.0.113.7"],
    ),
    (
        "ip",
        "I use a VPN that shows 198.51.100.201 and at home I'm 192.0.2.88, both blocked",
        ["198.51.100.201", "192.0.2.88"],
    ),
    (
        "ip",
        "网站显示我的IP地址 203.0.113.199 访问过于频繁，被封了。",
        ["203.0.113.199"],
    ),
    (
        "ip",
        "Access Denied. You don't have permission to access this page. Reference "
        "#18.a3f2c817.1716480000.2b4e1d9 -- my IP: 198.51.100.76",
        ["198.51.100.76"],
    ),
    (
        "ip",
        "ipv6 2001:0db8:0000:0000:0000:ff00:0042:8329 is what my router shows, and that's the one "
        "that's blocked",
        ["2001:0db8:0000:0000:0000:ff00:0042:8329"],
    ),
    (
        "ip",
        "Login alert says 'new sign-in from 192.0.2.210 (Ohio)'. That's my home IP but I live in Kentucky.",
        ["192.0.2.210"],
    ),
    (
        "ip",
        "Địa chỉ IP của tôi 203.0.113.64 bị chặn khi nộp đơn.",
        ["203.0.113.64"],
    ),
    (
        "ip",
        "The error details said\nX-Forwarded-For: 198.51.100.14, 203.0.113.9\nhope that helps your IT",
        ["198.51.100.14", "203.0.113.9"],
    ),
    (
        "ip",
        "From my router page: WAN IP 192.0.2.33. The site times out only from home, works fine at work.",
        ["192.0.2.33"],
    ),
    (
        "ip",
        "IP = 2001:db8:1234:5678::1 (ipv6 only on my ISP) and the page never loads",
        ["2001:db8:1234:5678::1"],
    ),
    (
        "ip",
        "제 IP 198.51.100.155 가 차단되었다고 나옵니다.",
        ["198.51.100.155"],
    ),
    (
        "ip",
        "the challenge page says 'Your IP: 203.0.113.250 • Performance & security by ...' and loops forever",
        ["203.0.113.250"],
    ),
    (
        "ip",
        "on my home wifi (192.0.2.5) nothing works, on cellular it's fine",
        ["192.0.2.5"],
    ),
    (
        "ip",
        "Blocked again. client address [2001:db8:ac10:fe01::2] port 443, request refused",
        ["2001:db8:ac10:fe01::2"],
    ),
    (
        "ip",
        "Meu IP é 198.51.100.61 e o site diz que estou fora dos EUA. Moro em Massachusetts.",
        ["198.51.100.61"],
    ),
    (
        "ip",
        "203.0.113.118/32 was whitelisted by my office IT but I'm still blocked when I try from my laptop",
        ["203.0.113.118"],
    ),
    (
        "ip",
        "the geo-check thinks 198.51.100.240 is in Canada. I'm in Vermont, 20 minutes from the "
        "border, but still.",
        ["198.51.100.240"],
    ),
    (
        "ip",
        "Mon adresse IP 192.0.2.199 est bloquée depuis hier soir.",
        ["192.0.2.199"],
    ),
    (
        "ip",
        "Session details\nBrowser: Firefox 126\nOS: Windows 11\nIP: 203.0.113.91\nError: 0x1F",
        ["203.0.113.91"],
    ),
    (
        "ip",
        "IPv4 192.0.2.77 and IPv6 2001:db8:4f2e::17 both get 403 Forbidden",
        ["192.0.2.77", "2001:db8:4f2e::17"],
    ),
    (
        "ip",
        "Мой IP-адрес 198.51.100.9, доступ к сайту запрещён.",
        ["198.51.100.9"],
    ),
    # ------------------------------------------------------------------ itin_ein
    (
        "itin_ein",
        "My ITIN is 965-75-3154 and the e-file got rejected with IND-031-04. I don't have an SSN.",
        ["965-75-3154"],
    ),
    (
        "itin_ein",
        "Mi número ITIN 973 74 9046 no es aceptado en la página de pagos.",
        ["973 74 9046"],
    ),
    (
        "itin_ein",
        "EIN for my lawn care business (just me): 46-2918374 - your form only wants an SSN",
        ["46-2918374"],
    ),
    (
        "itin_ein",
        "ITIN: 984866346 -- 'TIN format invalid'. It's 9 digits, what else do you want",
        ["984866346"],
    ),
    (
        "itin_ein",
        "W-7 approved, ITIN 910-71-7752, but creating the online account still asks for an SSN.",
        ["910-71-7752"],
    ),
    (
        "itin_ein",
        "EIN 84-1739265 (sole proprietor) shows 'not found' on the business lookup",
        ["84-1739265"],
    ),
    (
        "itin_ein",
        "我的ITIN号码是906-74-1513，报税时系统提示错误。",
        ["906-74-1513"],
    ),
    (
        "itin_ein",
        "Taxpayer ID: 974 99 3491 (ITIN)\nError: TIN does not match name on file",
        ["974 99 3491"],
    ),
    (
        "itin_ein",
        "my household employer EIN is 27\u20115540912 and the nanny tax page says it's for a "
        "different business",
        ["27\u20115540912"],
    ),
    (
        "itin_ein",
        "Số ITIN của tôi là 921-71-2132, nhưng trang web yêu cầu SSN.",
        ["921-71-2132"],
    ),
    (
        "itin_ein",
        "i have an ITIN not an SSN: 950590634. theres no option for it",
        ["950590634"],
    ),
    (
        "itin_ein",
        "Employer Identification Number: 81-4402195\nBusiness name: Family Daycare (home "
        "based)\nError: 'EIN already assigned'",
        ["81-4402195"],
    ),
    (
        "itin_ein",
        "Did my ITIN expire? It's 903-90-4596 and I last used it on my 2022 return.",
        ["903-90-4596"],
    ),
    (
        "itin_ein",
        "ITIN 번호 953-99-1974 입력 후 오류 발생했습니다.",
        ["953-99-1974"],
    ),
    (
        "itin_ein",
        "My wife's ITIN 968-59-0505 and mine 919-87-0962, the joint return page only takes one",
        ["968-59-0505", "919-87-0962"],
    ),
    (
        "itin_ein",
        "EIN 36\u00a07719054 was pasted from the IRS letter and the field says 'digits only'",
        ["36\u00a07719054"],
    ),
    (
        "itin_ein",
        "Tax ID (ITIN) 943\u201092\u20108242 — copied from my PDF, rejected",
        ["943\u201092\u20108242"],
    ),
    (
        "itin_ein",
        "Tengo ITIN 926-92-3734 y quiero pedir el crédito por hijos, pero la página dice que necesito SSN.",
        ["926-92-3734"],
    ),
    (
        "itin_ein",
        "EIN: 205583146 - the site adds the dashes wrong and shows 205-58-3146 like it's a social",
        ["205583146", "205-58-3146"],
    ),
    (
        "itin_ein",
        "my itin nbr 970 54 1279 was renewed in jan, the system still says expired",
        ["970 54 1279"],
    ),
    (
        "itin_ein",
        "Nimewo ITIN mwen se 943-53-7640, sit la pa vle aksepte l.",
        ["943-53-7640"],
    ),
    (
        "itin_ein",
        "Form SS-4 done online, EIN assigned 45-1127809, but the confirmation letter (CP 575) never "
        "downloaded.",
        ["45-1127809"],
    ),
    (
        "itin_ein",
        "ITIN: 9 9 9 - 7 7 - 2 2 4 1 (had to type it like that on the kiosk, now it's saved with spaces)",
        ["9 9 9 - 7 7 - 2 2 4 1"],
    ),
    (
        "itin_ein",
        "رقم ITIN الخاص بي هو 973-84-6105 والموقع يرفضه",
        ["973-84-6105"],
    ),
    (
        "itin_ein",
        "Sole prop EIN 83-2206471, my ITIN 989-82-9652 - which one goes on the 1099-NEC?",
        ["83-2206471", "989-82-9652"],
    ),
    # ------------------------------------------------------------------ license
    (
        "license",
        "CA driver license B4829103 - the REAL ID appointment page says invalid format",
        ["B4829103"],
    ),
    (
        "license",
        "NY DMV ID: 492 118 307\nthe voter registration form rejects it",
        ["492 118 307"],
    ),
    (
        "license",
        "Florida DL W426-512-63-780-0, the form only has room for 13 characters",
        ["W426-512-63-780-0"],
    ),
    (
        "license",
        "Mi licencia de conducir de Texas es 41298375 y el formulario dice que no es válida.",
        ["41298375"],
    ),
    (
        "license",
        "Illinois DL: S530-4129-8816. Tried without dashes too. Same error.",
        ["S530-4129-8816"],
    ),
    (
        "license",
        "Driver's License #: WDL7Q2ZN93B8 (State: WA) -> 'License number must be numeric' ??? not in "
        "Washington it isn't",
        ["WDL7Q2ZN93B8"],
    ),
    (
        "license",
        "state ID number (PA): 30 917 442, the page says I need 8 digits and that IS 8 digits",
        ["30 917 442"],
    ),
    (
        "license",
        "我的驾照号码是 F2291047，加州的，网站说格式错误。",
        ["F2291047"],
    ),
    (
        "license",
        "NJ license K4310 58827 09163 doesn't fit, the box is too short",
        ["K4310 58827 09163"],
    ),
    (
        "license",
        "Michigan driver's license M 452 118 930 247 - the identity check fails every single time",
        ["M 452 118 930 247"],
    ),
    (
        "license",
        "Ohio DL SK482913. Error code ID-09 'document could not be verified'.",
        ["SK482913"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là D7734102 (California), hệ thống báo không hợp lệ.",
        ["D7734102"],
    ),
    (
        "license",
        "VA DL T61092748 - I renewed in March, maybe your database is old?",
        ["T61092748"],
    ),
    (
        "license",
        "the ID scan read my licence as B7729l84 (with a lower case L) but it's B7729184 and I can't "
        "edit the field",
        ["B7729l84", "B7729184"],
    ),
    (
        "license",
        "운전면허 번호 (뉴욕): 718 402 955 입력이 안 됩니다.",
        ["718 402 955"],
    ),
    (
        "license",
        "Learner's permit number GA 058213394 - my daughter can't register for the exam",
        ["058213394"],
    ),
    (
        "license",
        "Colorado DL 09-417-2283, form says 'invalid'. the card literally says that",
        ["09-417-2283"],
    ),
    (
        "license",
        "MD license: K-516-204-871-339\nIssued: 2021\nthe page says expired??",
        ["K-516-204-871-339"],
    ),
    (
        "license",
        "Ang driver's license ko sa Nevada ay 1402938861, pero hindi tinatanggap ng form.",
        ["1402938861"],
    ),
    (
        "license",
        "State ID #: 660 293 118 (NY non-driver ID, I don't drive). Your form assumes everyone drives.",
        ["660 293 118"],
    ),
    (
        "license",
        "DL: OH TR901442 exp 2029. 'Unable to validate your identity document.'",
        ["TR901442"],
    ),
    (
        "license",
        "Número de licencia: B2946681, estado: California. Vence en 2027 y aun así dice vencida.",
        ["B2946681"],
    ),
    (
        "license",
        "Massachusetts license S91847263, the RMV says it's fine, your site says it isn't",
        ["S91847263"],
    ),
    (
        "license",
        "CDL number 30472915 (TX), the trucking permit form cuts off the last digit -> 3047291",
        ["30472915", "3047291"],
    ),
    (
        "license",
        "AZ driver license D04519927 -- uploaded front and back, still 'pending review' after 3 "
        "weeks\n\nThanks,\nGuadalupe Ybarra",
        ["D04519927", "Guadalupe Ybarra"],
    ),
    # ------------------------------------------------------------------ medicare
    (
        "medicare",
        "My new Medicare number 7YD1-QF7-VN63 is not recognized on the plan finder",
        ["7YD1-QF7-VN63"],
    ),
    (
        "medicare",
        "Medicare #: 9DX7CC3XT00\nlogin error 'beneficiary not found'",
        ["9DX7CC3XT00"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 1TK6-NQ3-PG05 y la página dice que no coincide.",
        ["1TK6-NQ3-PG05"],
    ),
    (
        "medicare",
        "old card number (HICN) 482-21-9509A is still on my Part D plan, the new MBI is 7XM1KD4EP83, "
        "please update",
        ["482-21-9509A", "7XM1KD4EP83"],
    ),
    (
        "medicare",
        "MBI: 3Y05 A39 JA10 -- it has spaces on the card so I typed spaces",
        ["3Y05 A39 JA10"],
    ),
    (
        "medicare",
        "the MBI field is case sensitive?? 8tq6jf6cv46 fails but 8TQ6JF6CV46 works",
        ["8tq6jf6cv46", "8TQ6JF6CV46"],
    ),
    (
        "medicare",
        "我的联邦医疗保险号码 5C07-D75-DF21 无法登录。",
        ["5C07-D75-DF21"],
    ),
    (
        "medicare",
        "Medicare card:\nName: ESTELLE M. DUPREE\nMedicare Number: 6PW9-EU8-UJ45\nEntitled to: "
        "HOSPITAL (PART A)\nthe site says the number is wrong",
        ["ESTELLE M. DUPREE", "6PW9-EU8-UJ45"],
    ),
    (
        "medicare",
        "my husband's medicare # 6A38E82MY25 and mine 9VF4XM0TH06, we can't link the accounts",
        ["6A38E82MY25", "9VF4XM0TH06"],
    ),
    (
        "medicare",
        "Số Medicare của tôi: 7A40-NM3-MV45. Không đăng nhập được.",
        ["7A40-NM3-MV45"],
    ),
    (
        "medicare",
        "I still have the red white and blue card with 233135104B on it, the new one hasn't come",
        ["233135104B"],
    ),
    (
        "medicare",
        "Medicare ID 5KE2 PX6 KF18 — 'enter a valid Medicare Number'. It is valid!",
        ["5KE2 PX6 KF18"],
    ),
    (
        "medicare",
        "메디케어 번호 4NU2-FF0-RG17 입력 시 오류가 납니다.",
        ["4NU2-FF0-RG17"],
    ),
    (
        "medicare",
        "MBI (from the welcome letter) 9EC8GH9UK79 - Part B premium page is blank",
        ["9EC8GH9UK79"],
    ),
    (
        "medicare",
        "HIC number 569-69-2619D (widow's benefit) is what the pharmacy has, is that still good?",
        ["569-69-2619D"],
    ),
    (
        "medicare",
        "medicare no. 5m31-gh0-mq80 -- does case matter?",
        ["5m31-gh0-mq80"],
    ),
    (
        "medicare",
        "Plan Finder login: Medicare Number 7U94M80FG36 / ZIP 85013 / Part A effective 2021 -> "
        "'information does not match'",
        ["7U94M80FG36"],
    ),
    (
        "medicare",
        "Мой номер Medicare 3RF5-WX8-YK44, сайт его не принимает.",
        ["3RF5-WX8-YK44"],
    ),
    (
        "medicare",
        "Beneficiary: Gerald T. Haskins Sr.\nMBI: 9RE4-RN4-RR63\nRequest: replacement card (3rd time asking)",
        ["Gerald T. Haskins Sr.", "9RE4-RN4-RR63"],
    ),
    (
        "medicare",
        "I typed 8FT0G33QJ82 and then 8FTOG33QJ82 (letter O instead of zero) - neither works",
        ["8FT0G33QJ82", "8FTOG33QJ82"],
    ),
    (
        "medicare",
        "Ang Medicare number ko ay 1AA6-PH1-DV09, hindi ko ma-access ang account ko.",
        ["1AA6-PH1-DV09"],
    ),
    (
        "medicare",
        "MBI\u00a05JA4\u00a0GE2\u00a0TJ55 pasted from the PDF letter, field turns red",
        ["5JA4\u00a0GE2\u00a0TJ55"],
    ),
    (
        "medicare",
        "mom's new medicare id is 3WJ7-F49-RR86, she is 91 and can't do this herself, why won't it "
        "let me help her",
        ["3WJ7-F49-RR86"],
    ),
    (
        "medicare",
        "Nimewo Medicare mwen se 3CD3-G14-FJ72, sit la di li pa bon.",
        ["3CD3-G14-FJ72"],
    ),
    (
        "medicare",
        "Medicare claim number 531-76-8826A was the old one, 2PG9D91TY00 is the new one. The "
        "supplement plan still uses the old.",
        ["531-76-8826A", "2PG9D91TY00"],
    ),
    # ------------------------------------------------------------------ name
    (
        "name",
        "My name is Oluwaseun Adeyemi-Clarke and the form cuts everything after the hyphen.",
        ["Oluwaseun Adeyemi-Clarke"],
    ),
    (
        "name",
        "The letter was addressed to 'Jose Hernandez' but my name is José Luis Hernández Ríos. "
        "Accents matter.",
        ["Jose Hernandez", "José Luis Hernández Ríos"],
    ),
    (
        "name",
        "The upload button does nothing on Safari. Tried 4 times.\n\nThanks\nMargaret O'Donnell-Finch",
        ["Margaret O'Donnell-Finch"],
    ),
    (
        "name",
        "Soy María Guadalupe Torres de la Cruz y el sistema solo acepta dos apellidos.",
        ["María Guadalupe Torres de la Cruz"],
    ),
    (
        "name",
        "nobody reads these do they\n- dr. raymond whitlock",
        ["raymond whitlock"],
    ),
    (
        "name",
        "Filing on behalf of my father, Nguyễn Văn Thành, who passed away in March. There is no "
        "option for that.",
        ["Nguyễn Văn Thành"],
    ),
    (
        "name",
        "我叫李晓明 (Li Xiaoming)，英文名字在表格里显示乱码。",
        ["李晓明", "Li Xiaoming"],
    ),
    (
        "name",
        "I have waited 11 months for a decision. This is unacceptable.\n\nRegards,\nTheodore R. "
        "Blankenship III",
        ["Theodore R. Blankenship III"],
    ),
    (
        "name",
        "Applicant name on screen: MOHAMMED ABDULRAHMAN AL-FARSI -- it's cut to 'MOHAMMED ABDULRAHMAN "
        "AL' on the PDF",
        ["MOHAMMED ABDULRAHMAN AL-FARSI", "MOHAMMED ABDULRAHMAN AL"],
    ),
    (
        "name",
        "my daughter Keisha Lorraine Washington needs her record fixed, her middle name is missing",
        ["Keisha Lorraine Washington"],
    ),
    (
        "name",
        "제 이름은 김민준 (Kim Min-jun)입니다. 성과 이름 순서가 바뀌어서 나옵니다.",
        ["김민준", "Kim Min-jun"],
    ),
    (
        "name",
        "The name field rejects apostrophes so D'Angelo Marchetti becomes DAngelo Marchetti on every letter.",
        ["D'Angelo Marchetti", "DAngelo Marchetti"],
    ),
    (
        "name",
        "Mrs. Evangeline Pruitt-Sato here, second time writing about the same broken link.",
        ["Evangeline Pruitt-Sato"],
    ),
    (
        "name",
        "Name: Svetlana Igorevna Kuznetsova\nThe patronymic doesn't fit in any of your fields",
        ["Svetlana Igorevna Kuznetsova"],
    ),
    (
        "name",
        "Tên tôi là Phạm Thị Thu Hà, hệ thống không nhận dấu tiếng Việt.",
        ["Phạm Thị Thu Hà"],
    ),
    (
        "name",
        "Same problem for both of us.\n— Anjali Venkataraman (and my husband Rajesh Venkataraman)",
        ["Anjali Venkataraman", "Rajesh Venkataraman"],
    ),
    (
        "name",
        "my late husband Walter Eugene Kowalczyk Jr. still shows as the account holder, how do I change it",
        ["Walter Eugene Kowalczyk Jr."],
    ),
    (
        "name",
        "hi its tyler j brennan again, still no answer about my refund",
        ["tyler j brennan"],
    ),
    (
        "name",
        "Ako po si Rosario Dimaculangan-Santos, hindi ko ma-update ang apelyido ko pagkatapos ikasal.",
        ["Rosario Dimaculangan-Santos"],
    ),
    (
        "name",
        "Please correct the spelling: it's Siobhán Ní Bhriain, not Siobhan Ni Bhriain.",
        ["Siobhán Ní Bhriain", "Siobhan Ni Bhriain"],
    ),
    (
        "name",
        "اسمي فاطمة الزهراء بنعلي والموقع لا يقبل الأحرف العربية",
        ["فاطمة الزهراء بنعلي"],
    ),
    (
        "name",
        "The VA appointment page logs me out every 2 minutes.\nSincerely,\nCol. (Ret.) Benjamin A. Okafor",
        ["Benjamin A. Okafor"],
    ),
    (
        "name",
        "The certificate printed my name as 'ALEKSANDR PETROV' but my passport says Aleksandr "
        "Vladimirovich Petrov",
        ["ALEKSANDR PETROV", "Aleksandr Vladimirovich Petrov"],
    ),
    (
        "name",
        "Name on the account is my mother, Hye-jin Choi Lindqvist; I'm her caregiver and can't get access",
        ["Hye-jin Choi Lindqvist"],
    ),
    (
        "name",
        "Nazywam się Małgorzata Wiśniewska-Kowalska i formularz obcina moje nazwisko.",
        ["Małgorzata Wiśniewska-Kowalska"],
    ),
    # ------------------------------------------------------------------ passport
    (
        "passport",
        "Passport number 548213907 -- the renewal status page says 'application not found' after 9 weeks",
        ["548213907"],
    ),
    (
        "passport",
        "My passport no. is A04827163 (the new style that starts with a letter) and the form only "
        "allows digits",
        ["A04827163"],
    ),
    (
        "passport",
        "Mi número de pasaporte es G38472915 (México) y el sistema solo acepta 9 dígitos.",
        ["G38472915"],
    ),
    (
        "passport",
        "DS-82 question 'Most recent passport book number': 483 920 117 -> error 'enter a valid number'",
        ["483 920 117"],
    ),
    (
        "passport",
        "passport book # 561029384 and passport card # C03918472, which one do you want in this box?",
        ["561029384", "C03918472"],
    ),
    (
        "passport",
        "护照号码 E48213906，签证预约系统说无效。",
        ["E48213906"],
    ),
    (
        "passport",
        "Travel doc / passport: X27841930 - I am a green card holder traveling, the I-131 page crashed",
        ["X27841930"],
    ),
    (
        "passport",
        "Copied from the data page: 'Passport No: 530187492  Date of Issue: 14 Mar 2019  Date of "
        "Expiration: 13 Mar 2029'. The site says expired.",
        ["530187492"],
    ),
    (
        "passport",
        "Số hộ chiếu của tôi là C7481923 (Việt Nam), trang đặt lịch hẹn không nhận.",
        ["C7481923"],
    ),
    (
        "passport",
        "passport #: 5 4 7 3 0 2 1 9 8 (the mobile keyboard put spaces in)",
        ["5 4 7 3 0 2 1 9 8"],
    ),
    (
        "passport",
        "여권번호 M47392018 를 입력하면 '형식 오류'라고 나옵니다.",
        ["M47392018"],
    ),
    (
        "passport",
        "I lost my passport (#591834702) and the DS-64 page won't submit. I fly on the 28th.",
        ["591834702"],
    ),
    (
        "passport",
        "Indian passport no. Z4829173 for the visa appointment, it says 'passport already in use'",
        ["Z4829173"],
    ),
    (
        "passport",
        "passport 486-219-073. I added dashes because the old one had them, sorry if that's the problem",
        ["486-219-073"],
    ),
    (
        "passport",
        "Ang passport number ko ay P4827391A, pero sabi ng website mali daw ang format.",
        ["P4827391A"],
    ),
    (
        "passport",
        "the online renewal requires the old passport number; mine is 52O193847? no wait it's "
        "520193847 (zero not O)",
        ["52O193847", "520193847"],
    ),
    (
        "passport",
        "UK passport 512938476 - the ESTA-style page wants a country code first and then fails",
        ["512938476"],
    ),
    (
        "passport",
        "Номер загранпаспорта 75 4829163, форма пишет, что номер неверный.",
        ["75 4829163"],
    ),
    (
        "passport",
        "Passport Number: 573928104\nSurname: (blank because the form crashed)\nGiven names: "
        "(blank)\nplease fix",
        ["573928104"],
    ),
    (
        "passport",
        "Mon numéro de passeport est 19AB48273 et le formulaire ne le prend pas.",
        ["19AB48273"],
    ),
    (
        "passport",
        "child's passport 567201843 expires next month and the urgent appointment page is broken",
        ["567201843"],
    ),
    (
        "passport",
        "PP# A21938475 / nationality USA / 'document number already linked to another account'",
        ["A21938475"],
    ),
    (
        "passport",
        "Numer paszportu EM4829371 nie jest akceptowany przez formularz.",
        ["EM4829371"],
    ),
    (
        "passport",
        "passport num 549302187, issued 2016, and the DS-82 eligibility check says it's too old?? "
        "it's 9 years\n\n-Priscilla Adebayo-Nwosu",
        ["549302187", "Priscilla Adebayo-Nwosu"],
    ),
    (
        "passport",
        "رقم جواز السفر N03948271 والنظام يقول إنه غير صالح",
        ["N03948271"],
    ),
    # ------------------------------------------------------------------ phone
    (
        "phone",
        "Call me at (312) 555-0147 please, nobody has called back in two weeks",
        ["(312) 555-0147"],
    ),
    (
        "phone",
        "my cell 202.555.0183 - texts are better",
        ["202.555.0183"],
    ),
    (
        "phone",
        "Mi teléfono es 787-555-0132, por favor llámenme en español.",
        ["787-555-0132"],
    ),
    (
        "phone",
        "You can reach me at +1 415 555 0109 ext. 22 (work) between 9 and 5 PT",
        ["+1 415 555 0109"],
    ),
    (
        "phone",
        "ph: 6175550122\nbest time: mornings",
        ["6175550122"],
    ),
    (
        "phone",
        "I'm abroad for work, my number is +44 7700 900461, the form only accepts US numbers",
        ["+44 7700 900461"],
    ),
    (
        "phone",
        "我的电话是 (626) 555-0176，请用中文回电。",
        ["(626) 555-0176"],
    ),
    (
        "phone",
        "tel 1-713-555-0155 if you need more info",
        ["1-713-555-0155"],
    ),
    (
        "phone",
        "Contact: Deshawn Miller, 404-555-0118",
        ["Deshawn Miller", "404-555-0118"],
    ),
    (
        "phone",
        "Số điện thoại: 714-555-0161, xin gọi sau 5 giờ chiều.",
        ["714-555-0161"],
    ),
    (
        "phone",
        "my number 305 555 0190 is rejected as 'invalid phone number' on the contact info step",
        ["305 555 0190"],
    ),
    (
        "phone",
        "The verification SMS never arrives to +1 (646) 555-0134. Tried 6 times today.",
        ["+1 (646) 555-0134"],
    ),
    (
        "phone",
        "+61 491 570 156 (I'm in Australia until August) -- the 2FA won't send to foreign numbers",
        ["+61 491 570 156"],
    ),
    (
        "phone",
        "제 전화번호는 213-555-0172 입니다. 문자 인증이 안 와요.",
        ["213-555-0172"],
    ),
    (
        "phone",
        "Home: 503-555-0104 / Cell: 503-555-0187. The form only kept the first one.",
        ["503-555-0104", "503-555-0187"],
    ),
    (
        "phone",
        "call back # is 9 1 9 5 5 5 0 1 1 4, the phone field wouldn't save so I'm putting it here",
        ["9 1 9 5 5 5 0 1 1 4"],
    ),
    (
        "phone",
        "Ang number ko po ay +1 (808) 555-0125. Pakitawagan po ako.",
        ["+1 (808) 555-0125"],
    ),
    (
        "phone",
        "pls text 555-0138 (same area code as on file)",
        ["555-0138"],
    ),
    (
        "phone",
        "phone: +1.602.555.0163 -- dots because that's how my company formats it",
        ["+1.602.555.0163"],
    ),
    (
        "phone",
        "Nimewo telefòn mwen se 305-555-0149, rele m tanpri.",
        ["305-555-0149"],
    ),
    (
        "phone",
        "Teléfono: (956) 555\u20110177 — no me han llamado para la cita",
        ["(956) 555\u20110177"],
    ),
    (
        "phone",
        "020 7946 0321 is my London number, the overseas voter form wants 10 digits",
        ["020 7946 0321"],
    ),
    (
        "phone",
        "Мой телефон +1 347 555 0156, перезвоните, пожалуйста.",
        ["+1 347 555 0156"],
    ),
    (
        "phone",
        "PHONE 2025550119 X304 -- ASK FOR ME NOT THE FRONT DESK",
        ["2025550119"],
    ),
    (
        "phone",
        "رقم هاتفي 313-555-0193 يرجى الاتصال بي",
        ["313-555-0193"],
    ),
    # ------------------------------------------------------------------ ssn
    (
        "ssn",
        "SSN 577-47-2236 -- 'does not match our records'. It's been my number for 40 years.",
        ["577-47-2236"],
    ),
    (
        "ssn",
        "My social is 289 74 4838 and the page freezes on step 4",
        ["289 74 4838"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 167-41-2349 y no puedo crear la cuenta.",
        ["167-41-2349"],
    ),
    (
        "ssn",
        "ssn:336477479",
        ["336477479"],
    ),
    (
        "ssn",
        "They asked for the full SSN, 707-92-5862, and then said the last four don't match. They do!",
        ["707-92-5862"],
    ),
    (
        "ssn",
        "我的社会安全号码是199-54-2235，系统说无效。",
        ["199-54-2235"],
    ),
    (
        "ssn",
        "Social Security No.: 517\u201136\u20112136 (pasted from my tax software)",
        ["517\u201136\u20112136"],
    ),
    (
        "ssn",
        "SSN (mine): 238-33-5056\nSSN (spouse): 035-32-0671\nboth rejected on the joint application",
        ["238-33-5056", "035-32-0671"],
    ),
    (
        "ssn",
        "i put my ssn 087707044 in the wrong box (phone) and now it's saved there, please remove",
        ["087707044"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi là 033-23-8017, trang web báo lỗi.",
        ["033-23-8017"],
    ),
    (
        "ssn",
        "soc sec # 447 80 4544 -- why does a feedback form even need this? anyway there it is",
        ["447 80 4544"],
    ),
    (
        "ssn",
        "SS#: 554-91-3765 / DOB field disabled / cannot continue",
        ["554-91-3765"],
    ),
    (
        "ssn",
        "사회보장번호 226-95-6768 입력 후 '확인 불가'라고 나옵니다.",
        ["226-95-6768"],
    ),
    (
        "ssn",
        "Taxpayer SSN 623.45.1318 (the field wanted dots, the help text says dashes)",
        ["623.45.1318"],
    ),
    (
        "ssn",
        "my baby's ssn is 713-95-5941, she was born in April, and the dependent form says 'not issued'",
        ["713-95-5941"],
    ),
    (
        "ssn",
        "SSN: 004-87-\u20620106 copied from the PDF, the form shows it fine but says invalid",
        ["004-87-\u20620106"],
    ),
    (
        "ssn",
        "Ang SSN ko ay 263-22-7880, pero sabi ng system hindi tugma.",
        ["263-22-7880"],
    ),
    (
        "ssn",
        "The review page shows my SSN 400-48-6036 in plain text. Anyone behind me can read it!",
        ["400-48-6036"],
    ),
    (
        "ssn",
        "SSN: ***-**-5562 on the letter, the full one is 153-86-5562, and the form rejects it",
        ["153-86-5562"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 414-57-5933, сайт пишет, что он уже используется.",
        ["414-57-5933"],
    ),
    (
        "ssn",
        "Social: 639 96 8536 - form error 'enter 9 digits'",
        ["639 96 8536"],
    ),
    (
        "ssn",
        "Please delete my SSN from the comment I sent earlier: 505-31-1464. I shouldn't have posted it.",
        ["505-31-1464"],
    ),
    (
        "ssn",
        "Seguro social: 634 11 1866. El sistema se cae cuando lo pongo.",
        ["634 11 1866"],
    ),
    (
        "ssn",
        "SSN 149-87-6033 (my deceased mother) for the lump-sum death benefit form, it says 'record "
        "locked'\nThank you,\nCarmen Villanueva-Ortiz",
        ["149-87-6033", "Carmen Villanueva-Ortiz"],
    ),
    (
        "ssn",
        "Meu número de Social Security é 039-46-4880 e o site diz que já foi usado.",
        ["039-46-4880"],
    ),
    # ------------------------------------------------------------------ url_personal
    (
        "url_personal",
        "The link in the email was https://portal.example.com/reset?email="
        "gwen.tarkington%40example.net&token=8f3ac2d4e5b6a7980c1d2e3f and it says expired",
        ["gwen.tarkington%40example.net", "8f3ac2d4e5b6a7980c1d2e3f"],
    ),
    (
        "url_personal",
        "https://benefits.example.org/users/marcus.delgado/profile gives a 404 since yesterday",
        ["marcus.delgado"],
    ),
    (
        "url_personal",
        "Stuck here: https://apply.example.com/app/step3;jsessionid=A8F3C2D91E7B4056AC11D0E9F2B3C4D5?"
        "lang=en - the Next button does nothing",
        ["A8F3C2D91E7B4056AC11D0E9F2B3C4D5"],
    ),
    (
        "url_personal",
        "Why does the lookup put my data in the address bar?? https://status.example.net/lookup?ssn="
        "348607497&dob=1961-02-14&submit=1",
        ["348607497", "1961-02-14"],
    ),
    (
        "url_personal",
        "El enlace https://citas.example.org/confirmar?nombre=Rosa%20Elena%20Paredes&tel=7875550148 "
        "no funciona.",
        ["Rosa%20Elena%20Paredes", "7875550148"],
    ),
    (
        "url_personal",
        "Page URL: https://www.example.com/account/profile/edit?uid=jwhitaker1958&utm_source=email&"
        "utm_medium=newsletter&utm_campaign=renewal",
        ["jwhitaker1958"],
    ),
    (
        "url_personal",
        "my documents page https://example.org/u/~hkamara/documents shows an empty list, I uploaded 3 files",
        ["hkamara"],
    ),
    (
        "url_personal",
        "Copied from the address bar: https://forms.example.com/submit?first=Anton&last=Volkov&zip="
        "11235 -- blank page",
        ["Anton", "Volkov"],
    ),
    (
        "url_personal",
        "when I click the button it opens https://mail.example.net/owa/#path=/mail/inbox/rp&email="
        "lakshmi.iyer@example.com instead of the form",
        ["lakshmi.iyer@example.com"],
    ),
    (
        "url_personal",
        "邮件里的链接 https://verify.example.com/confirm/zhang.wei.88@example.com/3f9a1c7e 打不开",
        ["zhang.wei.88@example.com"],
    ),
    (
        "url_personal",
        "https://pay.example.com/checkout;sid=77c1e0f4b2a94d1f?amount=85.00 -> spinner forever",
        ["77c1e0f4b2a94d1f"],
    ),
    (
        "url_personal",
        "This link shows my file to anyone, no login: https://docs.example.org/files/"
        "Terrence_Oyelaran_I-485_packet.pdf",
        ["Terrence_Oyelaran"],
    ),
    (
        "url_personal",
        "Đường link https://dichvu.example.com/hoso?sdt=7145550166&ten=tran.minh.khoa bị lỗi 500.",
        ["7145550166", "tran.minh.khoa"],
    ),
    (
        "url_personal",
        "Unsubscribe link doesn't work: https://news.example.net/unsubscribe?e="
        "cGF0LnJlaWxseUBleGFtcGxlLmNvbQ%3D%3D&list=7",
        ["cGF0LnJlaWxseUBleGFtcGxlLmNvbQ"],
    ),
    (
        "url_personal",
        "https://example.com/portal/#/applicant/A209114558/summary just spins",
        ["A209114558"],
    ),
    (
        "url_personal",
        "the search results link was https://records.example.org/search?q=Beatriz+Almeida+Costa&dob="
        "03%2F22%2F1977 and it's saved in my history, is that safe?",
        ["Beatriz+Almeida+Costa", "03%2F22%2F1977"],
    ),
    (
        "url_personal",
        "Reschedule link from the text message: https://appointments.example.com/manage/conf/RX81KQ?"
        "email=ndiaye.aminata%40example.org -> 'link invalid'",
        ["ndiaye.aminata%40example.org"],
    ),
    (
        "url_personal",
        "upload fails at https://my.example.net/session/8d7e6f5a-4b3c-2d1e-0f9a-8b7c6d5e4f3a/upload "
        "with error 413",
        ["8d7e6f5a-4b3c-2d1e-0f9a-8b7c6d5e4f3a"],
    ),
    (
        "url_personal",
        "https://example.com/kr/form?name=%EC%B5%9C%EC%9C%A0%EB%82%98 링크가 오류납니다.",
        ["%EC%B5%9C%EC%9C%A0%EB%82%98"],
    ),
    (
        "url_personal",
        "The edit page https://portal.example.org/users/1042/edit?phone=%2B1-347-555-0128&tab=contact "
        "keeps resetting",
        ["%2B1-347-555-0128"],
    ),
    (
        "url_personal",
        "https://example.net/profile;user=kbarnaby;jsessionid=1F2E3D4C5B6A79880716253443526170 <- "
        "error 500 every time",
        ["kbarnaby", "1F2E3D4C5B6A79880716253443526170"],
    ),
    (
        "url_personal",
        "Is it normal that the status URL is https://example.com/lookup/ssn/708892310/status ? my "
        "social security number is right there",
        ["708892310"],
    ),
    (
        "url_personal",
        "Yung link https://ayuda.example.com/status?user=jdelacruz1985&ref=FB hindi gumagana sa "
        "cellphone ko.",
        ["jdelacruz1985"],
    ),
    (
        "url_personal",
        "login loop: https://www.example.com/login?redirect=%2Fdashboard&username=sofia_marquez_92#top",
        ["sofia_marquez_92"],
    ),
    (
        "url_personal",
        "Renewal reminder link: https://portal.example.com/profile?fullName=Olusegun%20Bankole-Ade&"
        "utm_campaign=renewal#section-2 opens a blank page",
        ["Olusegun%20Bankole-Ade"],
    ),
]

CLEAN: list[str] = [
    "the site keeps timing out on step 3 of 5, every single time",
    "Case status for IOE0912345678 hasn't changed since 02/14/2025. It still says 'Case Was Received'.",
    "I filed the I-130 in October and the processing time page says 14.5 months. Last year it said 11.",
    "Receipt EAC2412345678 shows 'Fingerprint Fee Was Received' but I paid with the filing, not separately.",
    "The DS-160 keeps logging me out after 20 minutes. I lost my answers twice. Please add a save "
    "button that works.",
    "Form 1040-SR isn't in the list of forms on the e-file page, only 1040 and 1040-NR.",
    "SF-86 upload stuck at 99% for an hour. Chrome 124.0.6367.91 on Windows 11.",
    "error 0x80070005 when I try to open the downloaded PDF",
    "Got 'code 504 Gateway Time-out' three times between 9:00 and 9:30 AM ET.",
    "The Lincoln Memorial page lists the wrong hours for the Fourth of July.",
    "We parked near Johns Hopkins Hospital and the shuttle map on your site was out of date.",
    "Are offices closed on Martin Luther King Jr. Day? The calendar page doesn't say.",
    "https://www.example.gov/benefits/apply?lang=es&step=2 just shows a white screen on my iPhone.",
    "Confirmation code AA00BX7K3Q doesn't appear when I try to retrieve my application.",
    "I paid $535.00 for the N-400 and the receipt says $0.00.",
    "The estimator says my refund is $1,248 but the letter says $948. Which one is right?",
    "ZIP code 20500 isn't recognized by the office locator. Neither is 10001.",
    "It's been 47 days. The page says 'most cases are processed within 30 days'.",
    "Only 60% of the page loads, the rest is blank. Tried Edge and Firefox.",
    "App version 3.12.0 crashes on launch on Android 14.",
    "page 4 of the PDF instructions is missing, it jumps from 3 to 5",
    "Step 6 asks for the same information as step 2. Why?",
    "Ticket INC0048213 was closed without anyone contacting me.",
    "Error code E-1019: 'Your session has expired.' I was only gone 2 minutes.",
    "The Washington Monument ticket page says sold out for the whole month of June.",
    "Your chatbot answered my question about Form I-485 with information about Form I-864. Not helpful.",
    "Tried to book at the Ronald Reagan Washington National Airport TSA enrollment center, no slots "
    "until September.",
    "Why is the W-2 import broken again this year? Same problem as 2024.",
    "Payment reference PAY-2025-004417 shows 'pending' for 9 days.",
    "The FAQ link on https://www.example.gov/help/faq#question-12 goes to the homepage instead of the "
    "answer.",
    "Error 403 Forbidden when I click 'Download my letter'. Happens on wifi and on mobile data.",
    "The countdown timer says 00:00 and kicks me out before I can type anything.",
    "Nothing happens when I press Submit. No error, no confirmation, nothing.",
    "I have been on this site for 3 hours trying to renew a simple permit.",
    "The Spanish version still has half of the buttons in English.",
    "La página de citas no carga desde ayer. Aparece el error 500.",
    "El formulario I-765 en español tiene errores de traducción en la parte 2.",
    "No entiendo qué significa 'RFE'. Por favor expliquen en palabras simples.",
    "网站的中文翻译有很多错误，第3步的说明看不懂。",
    "我的案件号码 IOE0912345001 已经三个月没有更新了。",
    "Trang web bị lỗi khi tôi bấm nút 'Tiếp tục' ở bước 4.",
    "신청서 제출 후 확인 메일이 오지 않았습니다. 오류 코드 502.",
    "Hindi gumagana ang link sa hakbang 2. Paki-ayos po.",
    "Сайт не работает в Safari, кнопка «Далее» не нажимается.",
    "الموقع بطيء جدا ولا يمكنني تحميل المستندات",
    "Le site affiche une erreur 404 quand je clique sur « Formulaires ».",
    "Sit la pa mache sou telefòn mwen, paj la rete blan.",
    "O site não carrega o formulário em português, só em inglês.",
    "Strona nie działa poprawnie w przeglądarce Firefox, przycisk 'Dalej' jest nieaktywny.",
    "Why does the passport photo tool reject every photo? I've tried 11 times with a white background.",
    "The photo must be 600 x 600 pixels, mine is exactly that and it still fails.",
    "File size limit is 10 MB but my 2.3 MB PDF gets 'file too large'.",
    "The appointment for 03/14/2025 at 10:30 AM was cancelled by the system without notice.",
    "Biometrics appointment notice dated May 2, 2025 arrived on May 20, after the appointment.",
    "The I-797C notice came with the wrong office address for the ASC.",
    "My interview was scheduled for 8:00 AM on a Saturday. Is that even right?",
    "I called the help line 6 times and waited 2 hours each time. Finally disconnected.",
    "Please add a way to upload more than 5 documents at once.",
    "The account recovery flow sends me in a circle: login -> forgot password -> login.",
    "The two-factor code expires in 60 seconds but arrives after 90.",
    "Login.gov style authentication works, but then your site says 'user not found'.",
    "Customer service told me to use the website. The website tells me to call customer service.",
    "What does 'Case Was Transferred And A New Office Has Jurisdiction' mean? Which office?",
    "The processing times table is sorted alphabetically by form, so I-90 appears after I-829. Confusing.",
    "The Hoover Dam tour booking page double charged the $15 fee.",
    "Campground reservation at Roosevelt Campground shows available but checkout says unavailable.",
    "Kennedy Center parking is not listed on your accessibility map.",
    "Veterans Day closure notice was posted on the wrong date (Nov 12 instead of Nov 11).",
    "The Smithsonian page says free admission but the timed pass site charges $1 per ticket.",
    "Walter Reed's visitor information page links to a retired form.",
    "Can you add the George Washington Memorial Parkway closures to the alerts page?",
    "Jefferson Memorial restrooms were listed as open on the site but they were closed on Sunday.",
    "The Eisenhower Executive Office Building tour request form rejects every date I pick.",
    "Lyndon B. Johnson Space Center isn't in the list of federal sites on the map.",
    "Abraham Lincoln Birthplace park hours on your site differ from the sign at the gate.",
    "The Thomas Jefferson Building reading room hours are wrong on the mobile version.",
    "I think the Harry S. Truman Library page has a broken image gallery.",
    "Cesar Chavez Day is listed as a federal holiday on your calendar, but offices were open.",
    "The Presidents' Day sale banner on a government site? Really?",
    "MLK Day 2026 falls on January 19 but your calendar shows January 20.",
    "Filed Form 8962 and the e-file rejected it with code F8962-070.",
    "The IRS2Go app shows 'refund approved' but the bank hasn't received anything after 21 days.",
    "Where's My Refund says 'We cannot provide any information about your refund' for 6 weeks now.",
    "I received a CP2000 notice and the response upload page only accepts JPG.",
    "Letter 5071C says to verify online but the verification page is down for maintenance.",
    "The 1099-G download is blank for tax year 2024.",
    "Form 4506-C is not available in the forms list.",
    "Schedule C instructions link is broken (page 14 references a worksheet that isn't there).",
    "The penalty calculator gave me $312.47 and the notice says $298.10.",
    "The estimated tax voucher for Q3 shows the due date as 9/15/2024 instead of 2025.",
    "Error IND-181-01 on my e-file, the help page for that code is empty.",
    "Why does the free file page list 8 providers but only 3 of them work in my state?",
    "The SSA-1099 replacement request says it will arrive in 10 business days. It's been 30.",
    "my Social Security statement page shows earnings only until 2019",
    "The retirement estimator says I'll get $2,104/month at 67 but $2,390 at 70. Why so little difference?",
    "Appointment confirmation number 7K2-Q91-XP4 wasn't recognized at the field office.",
    "The benefit verification letter PDF shows the wrong year in the header.",
    "The online SS-5 application stops after question 8.",
    "Medicare Plan Finder compares only 3 plans at a time. Please allow more.",
    "Part B premium for 2025 is listed as $185.00 on one page and $174.70 on another.",
    "The drug price list in Plan Finder is missing insulin glargine.",
    "Open enrollment ends December 7 but your banner says December 15.",
    "The Medicare.gov chat closes at 7:30 PM and I work until 8.",
    "Part D late enrollment penalty explanation is really hard to understand. Please simplify.",
    "The 'Find a doctor' tool returns 0 results for cardiologists in ZIP 60614. There are dozens.",
    "Marketplace application ID 5548712 has been in review for 30 days.",
    "Healthcare premium tax credit estimate jumped from $412 to $96 when I changed nothing.",
    "The VA.gov claim status shows step 3 of 8 for four months.",
    "GI Bill enrollment verification text never arrives, I verify online every month instead.",
    "The VA appointment scheduler doesn't show any Saturday slots even though the clinic is open.",
    "PACT Act page says to file by August 14, 2024 for backdated benefits. Is that date still valid?",
    "My claim number in the portal is different from the one on the paper letter. Which one is correct?",
    "Why does the disability rating calculator round 65% up to 70%?",
    "Form 21-526EZ won't upload the DBQ; error 'unsupported file type' for a PDF.",
    "The STEP program signup page has a CAPTCHA that never loads.",
    "The visa bulletin for June 2025 shows EB-2 India at 01JAN13 but your other page says 15JUL12.",
    "CEAC status page says 'Administrative Processing' since 11/04/2024.",
    "The MRV fee receipt number isn't accepted by the scheduling site.",
    "Appointment wait times page says 'Not available' for every consulate I select.",
    "The DS-260 shows 'Submitted' but the NVC timeframe page hasn't moved in 12 weeks.",
    "The passport status tool says 'In Process' for 10 weeks. Routine service is 4-6 weeks according "
    "to the page.",
    "Urgent travel appointment line? The website says call, and there's nobody there.",
    "Locator number on the receipt is 8 characters but the status page asks for 9.",
    "Passport card fee $30 was charged twice on the same application.",
    "The photo cropping tool turns my photo black and white.",
    "Expedite fee is $60, I paid it and the status still says routine.",
    "FAFSA for 2025-26 says 'Action Required' with no explanation of what action.",
    "The FSA ID page rejects my password even though it meets all 6 rules on the screen.",
    "The student aid estimator says Pell eligible, then the SAR says not eligible.",
    "The loan simulator crashes when I add more than 4 loans.",
    "PSLF form generator wants employer EIN but the employer search already found my employer.",
    "Income-driven repayment application pending since October 2024.",
    "SNAP online application page 5 of 9 keeps erroring with 'unexpected error, ref 8813'.",
    "WIC appointment page shows clinics in the wrong county.",
    "The LIHEAP application closed early, the site said it would be open until March 31.",
    "USPS change of address charged $1.10 twice.",
    "Informed Delivery shows mail pieces from 3 days ago but nothing today.",
    "Package tracking 9400 1000 0000 0000 0000 00 says delivered but it wasn't.",
    "The ZIP code lookup gives 90210 for a town that is clearly not Beverly Hills.",
    "The Census survey link from the postcard (code 1234-5678-9012) says already completed. I didn't "
    "complete it.",
    "Form SS-4 online assistant is only available Monday to Friday 7 am to 10 pm ET. Why not weekends?",
    "SAM.gov registration renewal stuck at 'submitted' for 45 days. UEI is fine.",
    "The grants.gov Workspace forms won't open in Adobe Reader 2024.001.",
    "FOIA request FOIA-2025-00342 has no status updates.",
    "The FEMA disaster assistance app shows 'Determination: Ineligible' with no reason code.",
    "FEMA registration confirmation page disappeared before I could write it down.",
    "Flood map service center search by address returns an empty map.",
    "Weather.gov radar loop is 40 minutes behind.",
    "NOAA tide predictions page shows times in UTC without saying so.",
    "Recreation.gov lottery for Half Dome permits charged the $10 application fee twice.",
    "Yellowstone entrance reservation page shows dates in 2023.",
    "America the Beautiful pass online purchase failed with code 09.",
    "The National Mall map PDF is 48 MB. It takes forever on mobile.",
    "Grand Canyon backcountry permit form rejected my group size of 6, max is listed as 11.",
    "Trusted Traveler Programs site: interview scheduling shows no available dates at any enrollment "
    "center within 500 miles.",
    "Global Entry renewal still 'pending review' after 7 months.",
    "TSA PreCheck KTN lookup page is broken.",
    "The REAL ID document checklist says 2 proofs of residency, the DMV said 3.",
    "The state DMV appointment link goes to a 404.",
    "E-Verify case closed as 'Final Nonconfirmation' and the page has no next steps.",
    "The H-1B registration page shows the wrong fiscal year (FY2025 instead of FY2026).",
    "Premium processing fee is listed as $2,805 in one place and $2,500 in another.",
    "I-94 website says 'No record found' for my entry on April 3 through JFK.",
    "The travel history page only shows 5 years.",
    "CBP One app error 'Something went wrong, code 131'.",
    "The ESTA application fee of $21 was charged but the application shows unpaid.",
    "Selective Service registration confirmation never came by mail.",
    "The military records request form SF-180 PDF won't let me type in box 5.",
    "Cemetery locator search for Arlington National Cemetery returns no results for anything.",
    "The Arlington House page has the tour times wrong.",
    "Mount Vernon is not a federal site, but your map lists it as one?",
    "The Library of Congress catalog search times out after 30 seconds.",
    "Copyright registration fee of $45 was charged, application still shows 'open'.",
    "Trademark TEAS form error: 'Validation failed for field 3.2'.",
    "Patent Center upload fails for files over 25 MB without telling you the limit first.",
    "Small business loan portal shows the application submitted on 01/15/2025 but no decision.",
    "SBA disaster loan payment page says my balance is $0.00, the statement says otherwise.",
    "The HUD fair market rent tool uses 2023 data.",
    "The Section 8 waitlist page says 'closed' but the local office says it is open.",
    "The energy efficiency rebate page links to a form that was retired in 2022.",
    "The vehicle recall lookup by VIN says 'no recalls' but I got a recall letter.",
    "The ammunition... sorry, the ATF eForms site logs me out after every upload.",
    "The Form 4473 information page is missing the 2023 revision.",
    "Coast Guard boating safety course page links to a dead vendor site.",
    "The FCC complaint form has no category for robocalls from spoofed numbers, only 'other'.",
    "The FTC identity theft report site asked me the same question 4 times.",
    "The consumer complaint portal closed my complaint #250318-19922 without response.",
    "The SEC EDGAR full text search is returning results from 2001 first.",
    "Treasury Direct login requires a one-time passcode that goes to spam every time.",
    "I bond purchase limit page says $10,000 but the form lets me enter $15,000.",
    "The savings bond calculator shows a value of $0.00 for a 1998 EE bond.",
    "The unclaimed property link takes me to a third-party site with ads.",
    "The jury duty portal wants a 9-digit juror number but my summons shows 8 digits.",
    "PACER charged me $3.00 for a page that didn't load.",
    "The court e-filing page does not accept PDF/A files.",
    "The bankruptcy means test calculator uses last year's median income figures.",
    "Peace Corps application portal stuck at 76% complete even after finishing every section.",
    "AmeriCorps timesheet submission error 'duplicate entry' for a week I never entered.",
    "The USAJOBS application says 'Received' for 4 months, no update.",
    "My USAJOBS resume builder lost the formatting after I saved it.",
    "The job announcement closing date was 05/31/2025 but the listing disappeared on 05/28.",
    "The OPM retirement calculator shows my service computation date wrong by 3 years.",
    "The FEHB plan comparison tool won't sort by premium.",
    "TSP website login page has a 'Continue' button that does nothing on Firefox 127.",
    "The Thrift Savings Plan statement shows a loan payment of $0 in March.",
    "Postal retiree health benefits page has no information for people turning 64 in 2025.",
    "The railroad retirement benefit page is missing the 2025 COLA amounts.",
    "Black lung benefits claim form CM-911 is not fillable.",
    "OSHA complaint form rejected my workplace ZIP code 73301.",
    "The wage and hour complaint page timed out at step 5 of 6.",
    "Unemployment weekly certification page says 'system unavailable' every Sunday night.",
    "My unemployment claim has been 'pending adjudication' for 9 weeks.",
    "The 1099-G for unemployment shows $0 withheld but I chose 10% withholding.",
    "Child support payment portal charged a $2.50 convenience fee without saying so.",
    "Birth certificate order from the state vital records site took 12 weeks instead of 2.",
    "The marriage record search only covers 1950 to 2010.",
    "Death certificate order page asks for 'relationship' but the dropdown is empty.",
    "Apostille request form doesn't mention processing time at all.",
    "The notary search tool is down.",
    "The voter registration deadline on your site says October 7, the state site says October 6.",
    "Absentee ballot tracking page says 'ballot not found' but it was mailed on 10/21.",
    "Polling place locator sent me to a school that closed in 2019.",
    "The Election Day page says polls close at 7 PM, but in my state it's 8 PM.",
    "Please make the font bigger. I'm 82 and can barely read the form.",
    "The screen reader reads every button as 'button'. There are no labels.",
    "Tab order on the form jumps from field 2 to field 9.",
    "Contrast is too low on the gray text; I can't read the instructions.",
    "The site doesn't work with Internet Explorer. Some of us still use it at the library.",
    "Dark mode makes the error messages invisible (red on dark gray).",
    "The date picker doesn't work with a keyboard.",
    "Captcha audio is too fast to understand.",
    "Mobile version cuts off the right side of every table.",
    "The PDF forms aren't accessible; the fields have no names.",
    "Survey popup covers the Submit button on small screens.",
    "The chat widget covers the 'Next' button on my phone.",
    "Cookie banner comes back on every page.",
    "Your site sent 14 identical emails in one hour saying my document is ready.",
    "The notification email subject says 'Action required' but the body says no action is needed.",
    "The text message said to log in within 24 hours, the login page was down for 26.",
    "Password must be changed every 60 days and can't be any of the last 24 passwords. Too much.",
    "I wish the session timeout were 30 minutes, not 15.",
    "Good experience today, the renewal took 6 minutes. Thank you.",
    "Great improvement since last year. Everything loaded quickly.",
    "Thank you to whoever fixed the upload page, it works now.",
    "The new design is nice but I can't find the forms page anymore.",
    "Please bring back the old search, the new one never finds anything.",
    "Search for 'I-90' returns results about Interstate 90 road construction.",
    "Searching 'DS-11' returns 0 results, but 'DS11' returns the right page.",
    "The sitemap link in the footer is broken.",
    "Version 2.4.1 of the mobile app fixed the login, but now notifications don't work.",
    "Build 2025.05.14-rc2 shown in the footer... is this a test site?",
    "The site says 'last updated March 2021' on a page about 2025 rules.",
    "The glossary defines 'beneficiary' but not 'petitioner'.",
    "Downloaded form shows edition date 04/01/24 but the site says only 01/20/25 edition is accepted.",
    "The fee calculator gives $1,440 for the I-129F and the form instructions say $675.",
    "Refund check #003417 mailed on 6/3 hasn't arrived.",
    "The payment confirmation page showed 'Transaction ID 0000000000'.",
    "Order #W-228194 for printed publications never shipped.",
    "Shipping label PDF prints at 50% size.",
    "The address verification service returns 'Service unavailable (code 1002)'.",
    "Session ID appears as 'undefined' in the error message. Your developers should look at this.",
    "Got 'Error: null' on step 7. Nothing else.",
    "Stack trace on the page: java.lang.NullPointerException at FormController.java:212",
    "HTTP 429 Too Many Requests after 3 clicks.",
    "The page says 'Maintenance window: Sunday 12:00 AM - 6:00 AM ET' but it's down Monday at noon.",
    "The Spanish help line hours aren't posted anywhere.",
    "I waited in line at the field office from 7:45 AM until 1:15 PM.",
    "Field office in ZIP 33130 closes at 3 PM but the website says 4 PM.",
    "Parking at the federal building costs $18 per hour and the site doesn't mention it.",
    "The interpreter request option is missing for Haitian Creole.",
    "Please add Hmong and Somali to the language list.",
    "Traducción automática del sitio dice 'caso de cerveza' en vez de 'caso de beneficios'.",
    "¿Por qué la cita del 5 de junio fue cancelada sin aviso?",
    "Pagué la tarifa de $85 dos veces. Número de recibo IOE0998877665.",
    "El botón 'Enviar' no funciona en el paso 7 de 9.",
    "La línea de ayuda en español cierra a las 5 de la tarde. Muy temprano.",
    "El PDF del formulario I-821D no se puede llenar en la computadora.",
    "No aparece mi oficina en Hialeah en la lista de oficinas.",
    "Gracias, el trámite fue rápido esta vez.",
    "在第二步上传文件时出现错误代码 413。",
    "为什么处理时间从6个月变成了14个月？",
    "预约页面显示所有日期都已满，一直到2026年。",
    "Tôi đã chờ 8 tháng mà hồ sơ vẫn chưa có kết quả.",
    "Trang web không có tiếng Việt cho mẫu đơn I-90.",
    "예약 확인 번호가 인식되지 않습니다. 다시 시도해도 같은 오류입니다.",
    "한국어 안내문이 2021년 버전입니다.",
    "Bakit po walang Tagalog na bersyon ang form na ito?",
    "Mabagal po ang website tuwing gabi, mga 9 PM.",
    "Уже 5 месяцев статус «Case Was Received».",
    "Перевод на русский язык очень плохой, половина текста на английском.",
    "لم يصلني أي رد منذ ٣ أشهر",
    "الصفحة تعرض رسالة خطأ 502 عند الدفع",
    "Le paiement de 130 $ a été débité deux fois.",
    "Le formulaire DS-82 ne s'ouvre pas sur mon téléphone.",
    "Mwen peye 85 dola de fwa pou menm aplikasyon an.",
    "Randevou mwen an te anile san yo pa di m anyen.",
    "A página de pagamento mostra erro 402 e cobra mesmo assim.",
    "Faltam traduções na etapa 3 de 6.",
    "Formularz po polsku jest nieaktualny, wersja z 2019 roku.",
    "Od 3 tygodni nie mogę się zalogować, błąd 401.",
    "The Medicare & You 2025 handbook link downloads the 2023 edition.",
    "It took 45 minutes to fill in the form and 1 second for it to erase everything.",
    "The progress bar says 100% but the button still says 'Continue'.",
    "After the update on 4/22, the upload page only accepts 1 file.",
    "I get 'Invalid request (ref #A7F3-22)' on the final review page.",
    "The 'Print' button prints a blank page with only the header.",
    "Please allow PNG uploads, not just PDF and JPG.",
    "The deadline shown on the dashboard (July 1) and in the letter (June 30) don't match.",
    "Daylight saving time broke the appointment times, everything is 1 hour off.",
    "My appointment at 2:30 PM shows as 14:30 on one page and 2:30 AM on another.",
    "Your office in the Dirksen Federal Building wasn't open at the time listed.",
    "The Federal Reserve Bank page with routing information is confusing for regular people.",
    "The Wells Fargo direct deposit instructions you link to are outdated.",
    "Using a Chromebook with ChromeOS 125, the PDF viewer won't show the form fields.",
    "Samsung Internet browser shows the page sideways.",
    "iOS 18.1 Safari: the 'Upload' button opens the camera instead of files.",
    "On a Pixel 8 the keyboard covers the input field and I can't see what I'm typing.",
    "Outlook marks all your notification emails as junk.",
    "Gmail shows a warning that your email 'may be dangerous'.",
    "The QR code on the letter points to a page that doesn't exist anymore.",
    "Scanned the QR code from notice CP14 and it went to a 404.",
    "The video tutorial for step 4 is from 2018 and the screens look completely different.",
    "Closed captions on the help videos are out of sync by about 5 seconds.",
    "https://www.example.org/forms/i-130?edition=2024-04-01#instructions says the page moved, but "
    "doesn't say where.",
    "The link https://help.example.com/articles/2231-reset-your-password?utm_source=app is broken.",
    "Bookmark https://www.example.net/status/check?type=passport&lang=en stopped working after the redesign.",
    "https://www.example.com/es/preguntas-frecuentes#tarifas is in English even though the URL says es.",
    "There are 2 different phone numbers on the contact page for the same office. Please pick one.",
    "The fee schedule PDF (G-1055, 04/01/24 edition) doesn't match the fee calculator.",
    "Around 30% of the links on the resources page are dead.",
    "The population statistics page shows 331,449,281 for 2020 but the chart shows 330 million.",
    "The average wait time says 12 minutes. I waited 94 minutes.",
    "Thank you to the staff at the Atlanta field office, very kind and helpful.",
]
