# ruff: noqa: RUF001
"""Twentieth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites,
as written by older adults and people with limited English or low confidence with computers:
long run-on sentences, unusual word order, spelling mistakes, capitals in odd places, data put
at the very end after a long story, labels misspelled or missing, numbers half in words. The
corpus was written without seeing the redaction rules (and without reading the earlier corpora)
and must not be used to tune them: it exists only to measure them.

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
        "i put my A number A123456789 in the box and it say invalid format, what I am doing wrong here",
        ["A123456789"],
    ),
    (
        "a_number",
        "My alien number is A-087-654-321 but the form it only allow 9 digit and no dash so i dont know",
        ["A-087-654-321"],
    ),
    (
        "a_number",
        "when I try to change my address online the USCIS # (A#) 204 556 781 is not accepted, "
        "it say no record, but I have green card 15 years",
        ["204 556 781"],
    ),
    (
        "a_number",
        "Mi número de extranjero es A 212-334-556 y la página dice que no existe, por favor ayúdenme "
        "porque tengo cita la semana que viene",
        ["A 212-334-556"],
    ),
    (
        "a_number",
        "alien reg no. a98765432 (it is 8 numbers only on my old card) do I need put a zero in front?? "
        "nobody tell me",
        ["a98765432"],
    ),
    (
        "a_number",
        "我的A号码是A-201443870，网站一直说格式不对，我试了很多次了。",
        ["A-201443870"],
    ),
    (
        "a_number",
        "Số A của tôi là A#215667903, tôi đã nhập nhiều lần nhưng trang web vẫn báo lỗi.",
        ["A#215667903"],
    ),
    (
        "a_number",
        "my husband A number is A-213 448 902 and mine is A-213 448 903, they are one apart and "
        "the system mix us up, now his case show in my account",
        ["A-213 448 902", "A-213 448 903"],
    ),
    (
        "a_number",
        "On the green card in back it says USCIS# 219-558-774, is that the same as Alien number? "
        "the form ask both",
        ["219-558-774"],
    ),
    (
        "a_number",
        "Registration number A\u00a0200119845 copied from my EAD card but page goes blank after I press Next",
        ["A\u00a0200119845"],
    ),
    (
        "a_number",
        "외국인 등록번호 A 203 991 458 입력했는데 계속 오류가 나요. 도와주세요.",
        ["A 203 991 458"],
    ),
    (
        "a_number",
        "It keep saying A-Number must be 9 digits but mine is only 8: A74512369 . I am old "
        "immigrant from 1989, my number is short",
        ["A74512369"],
    ),
    (
        "a_number",
        "Мой номер A (регистрационный номер иностранца): A-209 334 118. Форма его не принимает, "
        "пишет неверный формат.",
        ["A-209 334 118"],
    ),
    (
        "a_number",
        "Aliem number A#: 0 2 0 5 5 6 7 1 9 i write it like it is on the letter with spaces",
        ["0 2 0 5 5 6 7 1 9"],
    ),
    (
        "a_number",
        "Yung A-number ko ay A218004667 pero ayaw tanggapin ng form, sabi mali daw. Paano po ito?",
        ["A218004667"],
    ),
    (
        "a_number",
        "please fix, my registration nbr A/201-774-390 was typed wrong by the officer as A/201-774-309 "
        "on the approval notice",
        ["A/201-774-390", "A/201-774-309"],
    ),
    (
        "a_number",
        "ANumber:A210987655 Name of applicant same as in account. Why is the status not update since March",
        ["A210987655"],
    ),
    (
        "a_number",
        "Nimewo A mwen se A-220 145 367, sit la pa vle aksepte li. Mwen eseye twa fwa deja.",
        ["A-220 145 367"],
    ),
    (
        "a_number",
        "when it ask the online account number I put my A number A-203-117-845 by mistake and now "
        "it is locked, how to undo",
        ["A-203-117-845"],
    ),
    (
        "a_number",
        "Dear Sir or Madam,\nI am writing because my\nA# 206 447 129\n"
        "shows as not found when I check case.\nThank you",
        ["206 447 129"],
    ),
    (
        "a_number",
        "رقم الأجنبي الخاص بي A-217306652 والموقع لا يقبله، أرجو المساعدة",
        ["A-217306652"],
    ),
    (
        "a_number",
        "my son born here so he dont have one but me, my alien registration is A-091-234-567, "
        "the form ask for his and mine in same box",
        ["A-091-234-567"],
    ),
    (
        "a_number",
        "Mon numéro A est le A 208.553.901, le site ne reconnaît pas les points, il faut les enlever?",
        ["A 208.553.901"],
    ),
    (
        "a_number",
        "the alien no. is a 0 7 7 - 4 1 2 - 6 6 5 my daughter she help me to type it but still error",
        ["a 0 7 7 - 4 1 2 - 6 6 5"],
    ),
    (
        "a_number",
        "Meu número de registro de estrangeiro (A-Number) é A216 330 784 e o formulário diz inválido.",
        ["A216 330 784"],
    ),
    # ---------------------------------------------------------------- address
    (
        "address",
        "I moved to 4821 W Cactus Rd Apt 12 last month and the form still show old adress, I did the "
        "AR-11 already",
        ["4821 W Cactus Rd Apt 12"],
    ),
    (
        "address",
        "Mi dirección nueva es 1207 Calle del Sol, Unit B, Laredo TX pero el sistema no la guarda, "
        "siempre regresa a la anterior",
        ["1207 Calle del Sol, Unit B"],
    ),
    (
        "address",
        "the mail man never deliver nothing from you to 3309 n. halsted st., i live there 20 years "
        "and everybody else get their mail",
        ["3309 n. halsted st."],
    ),
    (
        "address",
        "ADRESS: 15 OAK HOLLOW LANE  THE MAP ON YOUR PAGE PUT ME IN OTHER COUNTY",
        ["15 OAK HOLLOW LANE"],
    ),
    (
        "address",
        "我的地址是 88 Mott Street Apt 5F，网站说地址无效，但是我住在这里十年了。",
        ["88 Mott Street Apt 5F"],
    ),
    (
        "address",
        "House is 2 1/2 Church St (the back house) and your address check does not like the 1/2",
        ["2 1/2 Church St"],
    ),
    (
        "address",
        "the form change my 10450 SW 88th Ct into 10450 Southwest 88 Court and now the post office "
        "say no match and everything come back",
        ["10450 SW 88th Ct", "10450 Southwest 88 Court"],
    ),
    (
        "address",
        "Địa chỉ của tôi: 6120 Bolsa Ave Spc 44, Westminster. Trang web không có chỗ để ghi số Space.",
        ["6120 Bolsa Ave Spc 44"],
    ),
    (
        "address",
        "my mother is live with me at 512 East 7th Street, Apartment 2 since her stroke so please "
        "update her file too, she can not use computer",
        ["512 East 7th Street, Apartment 2"],
    ),
    (
        "address",
        "the address box only take 30 letter, my adress is 21457 Old Stage Coach Road Lot 118 "
        "and it cut off the lot",
        ["21457 Old Stage Coach Road Lot 118"],
    ),
    (
        "address",
        "주소를 3250 W 6th St Apt 407 로 바꿨는데 확인 메일이 안 와요",
        ["3250 W 6th St Apt 407"],
    ),
    (
        "address",
        "I am at Nineteen Pine Ridge Drive, written out, because when I type 19 it say invalid??",
        ["Nineteen Pine Ridge Drive"],
    ),
    (
        "address",
        "New address:\n402 Kalanianaole Hwy\nHilo HI\nplease stop sending to the old one",
        ["402 Kalanianaole Hwy"],
    ),
    (
        "address",
        "Nakatira na po ako sa 1635 Mission St Apt 3 pero yung sulat ay napupunta pa rin sa dati",
        ["1635 Mission St Apt 3"],
    ),
    (
        "address",
        "my house 233-15 Hillside Avenue in Queens have the dash and your form take it out, then "
        "USPS cannot find",
        ["233-15 Hillside Avenue"],
    ),
    (
        "address",
        "we are rural the address is N6W23415 Bluemound Rd and the validator keep rejecting it",
        ["N6W23415 Bluemound Rd"],
    ),
    (
        "address",
        "the system say the Street 1 is to long: 1400 Martin Luther King Jr Blvd Apt 1203 , what I "
        "supposed to cut??",
        ["1400 Martin Luther King Jr Blvd Apt 1203"],
    ),
    (
        "address",
        "Мой адрес 2815 Ocean Pkwy, кв. 6D, Бруклин, а в письме написано 2851, это ошибка",
        ["2815 Ocean Pkwy, кв. 6D"],
    ),
    (
        "address",
        "In Utah our address are like grid, I live in 1250 S 300 W and the form think it is incomplete",
        ["1250 S 300 W"],
    ),
    (
        "address",
        "Adrès mwen se 990 NE 125th St Apt 4, North Miami. Chanjman adrès la pa t pase.",
        ["990 NE 125th St Apt 4"],
    ),
    (
        "address",
        "for 6 week the checks go to 318 Elm St instead of 318 Elm Ct where I actually live, "
        "the neighbor bring them",
        ["318 Elm St", "318 Elm Ct"],
    ),
    (
        "address",
        "Street: 12 Quail\u200bRun Circle — copy paste from my phone and it says special characters "
        "not allowed",
        ["12 Quail\u200bRun Circle"],
    ),
    (
        "address",
        "Meu endereço é 57 Ferry Street, apto 2, Newark NJ, mas a carta voltou dizendo endereço incompleto",
        ["57 Ferry Street, apto 2"],
    ),
    (
        "address",
        "عنواني الجديد 14433 Michigan Ave Apt 210 Dearborn ولكن الموقع لا يقبل التغيير",
        ["14433 Michigan Ave Apt 210"],
    ),
    (
        "address",
        "Our farm is 3781 County Road 12, it is not a PO Box, but your page think every road is PO box",
        ["3781 County Road 12"],
    ),
    # ---------------------------------------------------------------- bank
    (
        "bank",
        "i want to change to direct deposit, routing 021000021 account 483920175 but it say bank not found",
        ["021000021", "483920175"],
    ),
    (
        "bank",
        "my checking acount number is 7730 4419 2286 and the box dont let me put spaces so I dont know "
        "if it take it right",
        ["7730 4419 2286"],
    ),
    (
        "bank",
        "Puse el número de cuenta 00482219375 y la ruta 111000025 pero el depósito no llegó este mes",
        ["00482219375", "111000025"],
    ),
    (
        "bank",
        "the routing number 122105278 the form say invalid but it is the one print on my credit union checks",
        ["122105278"],
    ),
    (
        "bank",
        "Acct: 9876543210012 — savings, not checking, I pick wrong one by mistake please change it",
        ["9876543210012"],
    ),
    (
        "bank",
        "RTN 0 2 6 0 0 9 5 9 3 (with spaces like on the check) the page turn red",
        ["0 2 6 0 0 9 5 9 3"],
    ),
    (
        "bank",
        "银行账号 6228 4801 2345 678，路由号码 121000358，存款一直没有到账。",
        ["6228 4801 2345 678", "121000358"],
    ),
    (
        "bank",
        "my pension from Germany goes to IBAN DE89 3704 0044 0532 0130 00 and the form only allow US bank",
        ["DE89 3704 0044 0532 0130 00"],
    ),
    (
        "bank",
        "savings account no. 4402-118876-03 , the refund did not come and the bank say nothing arrive",
        ["4402-118876-03"],
    ),
    (
        "bank",
        "Số tài khoản ngân hàng: 8820014432, routing 091000019. Tôi chưa nhận được tiền hoàn thuế.",
        ["8820014432", "091000019"],
    ),
    (
        "bank",
        "direct deposit keeps bouncing back. Routing:011000015 / Acct:220019384756 . what is wrong?",
        ["011000015", "220019384756"],
    ),
    (
        "bank",
        "I type acount number twice 55120098 and the second time 5512098 (missing the zero) and it "
        "still accept, that is bad",
        ["55120098", "5512098"],
    ),
    (
        "bank",
        "계좌번호 1002-345-678901 입력하면 숫자만 입력하라고 나옵니다",
        ["1002-345-678901"],
    ),
    (
        "bank",
        "The bank letter says ABA 031176110 for electronic, but paper checks show different, which one?",
        ["031176110"],
    ),
    (
        "bank",
        "routing# 053000196 checking# 1128 3390 47 , I am widow and my husband did this before",
        ["053000196", "1128 3390 47"],
    ),
    (
        "bank",
        "Account number ko sa bangko ay 009381277455, bakit hindi pa dumarating ang refund?",
        ["009381277455"],
    ),
    (
        "bank",
        "it only show acct ending in 4471 but that is not mine, mine whole number is 66 0192 4471 "
        "at a different bank",
        ["66 0192 4471"],
    ),
    (
        "bank",
        "Мой номер счета 40817810099910004312, это российский банк, можно ли туда получать пенсию?",
        ["40817810099910004312"],
    ),
    (
        "bank",
        "my routing is zero two one zero zero zero zero two one I write in words because the numbers "
        "box is broken on my tablet",
        ["zero two one zero zero zero zero two one"],
    ),
    (
        "bank",
        "account number:\n 3319 0042 7788\nrouting:\n 071000013\nthat is what I put and it fail",
        ["3319 0042 7788", "071000013"],
    ),
    (
        "bank",
        "mon numéro de compte bancaire est 12 00 34 56 78 9 et le virement n'est jamais arrivé",
        ["12 00 34 56 78 9"],
    ),
    (
        "bank",
        "they told me on the phone wire it to acct 2049183376 at Chase, is this safe to put here?",
        ["2049183376"],
    ),
    (
        "bank",
        "Bank of America account #  000 123 987 654 , routing  026009593. Payment was taken twice!!",
        ["000 123 987 654", "026009593"],
    ),
    (
        "bank",
        "رقم الحساب 7781200934 ورقم التوجيه 063100277 ولم يصل المبلغ",
        ["7781200934", "063100277"],
    ),
    (
        "bank",
        "nimewo kont labank mwen se 4410 0987 2231, mwen pa resevwa lajan an",
        ["4410 0987 2231"],
    ),
    # ---------------------------------------------------------------- card
    (
        "card",
        "I pay the fee with card 4111 1111 1111 1111 and the money is gone but the page say payment failed",
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        "Pagué con mi tarjeta 5555-5555-5555-4444 dos veces porque la página se congeló, quiero reembolso",
        ["5555-5555-5555-4444"],
    ),
    (
        "card",
        "card number 378282246310005 exp 09/27 it is american express, does your site not take amex?",
        ["378282246310005"],
    ),
    (
        "card",
        "my visa 4012888888881881 charged $535 but the receipt show $0.00, what happen",
        ["4012888888881881"],
    ),
    (
        "card",
        "我的信用卡号 6011 1111 1111 1117 被扣了两次钱，请退款。",
        ["6011 1111 1111 1117"],
    ),
    (
        "card",
        "The Credit Card field erase itself, I type 5105 1051 0510 5100 three times and every time empty",
        ["5105 1051 0510 5100"],
    ),
    (
        "card",
        "Amex 3714 496353 98431 — i write it like on the card and it say wrong number",
        ["3714 496353 98431"],
    ),
    (
        "card",
        "Tôi đã thanh toán bằng thẻ 4242-4242-4242-4242 nhưng không nhận được biên nhận.",
        ["4242-4242-4242-4242"],
    ),
    (
        "card",
        "debit card number is\n4000 0566 5566 5556\nplease cancel the second charge, I am on fixed income",
        ["4000 0566 5566 5556"],
    ),
    (
        "card",
        "the JCB card 3530111333300000 from my son in Japan, he pay for me but it reject",
        ["3530111333300000"],
    ),
    (
        "card",
        "카드번호 5200 8282 8282 8210 으로 결제했는데 영수증이 안 나와요",
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        "Diners 3056 930902 5904 is that accepted? it is old card but still good",
        ["3056 930902 5904"],
    ),
    (
        "card",
        "Ginamit ko ang card ko 2223 0031 2200 3222 para sa bayad pero walang confirmation",
        ["2223 0031 2200 3222"],
    ),
    (
        "card",
        "CC#: 6011-0009-9013-9424 , exp 11/26, CVV I will not write here. Just tell me if the payment went",
        ["6011-0009-9013-9424"],
    ),
    (
        "card",
        "Я оплатил картой 4000002500003155, деньги списали, а статус заявки не изменился.",
        ["4000002500003155"],
    ),
    (
        "card",
        "mastercard ending 9903 — full number 5425 2334 3010 9903 — was charged for passport "
        "fee twice on the same day",
        ["5425 2334 3010 9903"],
    ),
    (
        "card",
        "J'ai payé avec la carte 4263 9826 4026 9299, le paiement a été refusé mais le montant est bloqué",
        ["4263 9826 4026 9299"],
    ),
    (
        "card",
        "my card is 3566.0020.2036.0505 (with dots like my grandson write it for me)",
        ["3566.0020.2036.0505"],
    ),
    (
        "card",
        "UnionPay 6200000000000005 no work on your site, only Visa? many chinese people have union pay",
        ["6200000000000005"],
    ),
    (
        "card",
        "Mwen peye ak kat 4111-1111-1111-1111 men sit la di peman an pa pase",
        ["4111-1111-1111-1111"],
    ),
    (
        "card",
        "card 3782 822463 10005 exp 04/28 name on card same as the applicant, why declined",
        ["3782 822463 10005"],
    ),
    (
        "card",
        "Paguei com o cartão 5555 5555 5555 4444 e a página deu erro 500, fui cobrada?",
        ["5555 5555 5555 4444"],
    ),
    (
        "card",
        "دفعت ببطاقة 4012 8888 8888 1881 ولكن لم يصلني أي تأكيد",
        ["4012 8888 8888 1881"],
    ),
    (
        "card",
        "the card number field only allow 16 but my amex is 15: 374245455400126, so it add a zero?",
        ["374245455400126"],
    ),
    (
        "card",
        "I used my prepaid card 4000\u00a00566\u00a05566\u00a05556 from the store and the money "
        "gone, no confirmation email",
        ["4000\u00a00566\u00a05566\u00a05556"],
    ),
    # ---------------------------------------------------------------- dob
    (
        "dob",
        "my date of birth is 03/14/1948 but your system show 14/03/1948 and say I am not eligible",
        ["03/14/1948", "14/03/1948"],
    ),
    (
        "dob",
        "Mi fecha de nacimiento es 7 de julio de 1952 y en la carta sale otra fecha, necesito corregir",
        ["7 de julio de 1952"],
    ),
    (
        "dob",
        "DOB: 11-02-1939 . I am 85 year old and the calender on the form only go back to 1940!!",
        ["11-02-1939"],
    ),
    (
        "dob",
        "I was born January 5th, 1961 and the site insist I am under age because it read it wrong",
        ["January 5th, 1961"],
    ),
    (
        "dob",
        "我的出生日期是1957年8月23日，但是表格上写错了。",
        ["1957年8月23日"],
    ),
    (
        "dob",
        "birtday of my wife 1950-09-30 , she is the one applying, I am helping her",
        ["1950-09-30"],
    ),
    (
        "dob",
        "Ngày sinh của tôi là 12/05/1955 (ngày 12 tháng 5), nhưng hệ thống hiểu thành 5 tháng 12.",
        ["12/05/1955"],
    ),
    (
        "dob",
        "it ask me the birth date again and again, I put 4 / 22 / 1946 each time and page reload",
        ["4 / 22 / 1946"],
    ),
    (
        "dob",
        "생년월일 1949년 2월 17일 입력이 안 됩니다. 달력에서 선택하기가 너무 어려워요.",
        ["1949년 2월 17일"],
    ),
    (
        "dob",
        "Born 2 Oct 1958 in Manila. The form only have US states for place of birth, please add other "
        "country",
        ["2 Oct 1958"],
    ),
    (
        "dob",
        "my Mother date of birth is the twelfth of March nineteen forty four and she dont have the "
        "papers, what I put?",
        ["the twelfth of March nineteen forty four"],
    ),
    (
        "dob",
        "Дата рождения: 29.02.1952 — сайт говорит такой даты нет, но 1952 был високосный год!",
        ["29.02.1952"],
    ),
    (
        "dob",
        "D.O.B 061947 is how the old card write it, month and year only, the new form want the day",
        ["061947"],
    ),
    (
        "dob",
        "Petsa ng kapanganakan ko: Hunyo 9, 1960. Mali ang nakalagay sa account ko.",
        ["Hunyo 9, 1960"],
    ),
    (
        "dob",
        "the birth date on my record say 1/1/1945 but that is just what they put at the border, my "
        "real one is 8/19/1945",
        ["1/1/1945", "8/19/1945"],
    ),
    (
        "dob",
        "تاريخ ميلادي 15/04/1953 ولكن النظام يرفضه",
        ["15/04/1953"],
    ),
    (
        "dob",
        "My husbands date of birth\n09.12.1941\nhe passed away and I need to report it",
        ["09.12.1941"],
    ),
    (
        "dob",
        "Ma date de naissance est le 3 avril 1956, le formulaire l'a changée en 4 mars 1956",
        ["3 avril 1956", "4 mars 1956"],
    ),
    (
        "dob",
        "date of birth 19480721 i type with no slash because the slash key dont work",
        ["19480721"],
    ),
    (
        "dob",
        "Dat nesans mwen se 25 desanm 1950, men sit la di m twò jèn pou Medicare?? mwen gen 74 an",
        ["25 desanm 1950"],
    ),
    (
        "dob",
        "I turn 65 soon, my birthday is Aug. 30 1959, when can I sign up because page say not yet eligible",
        ["Aug. 30 1959"],
    ),
    (
        "dob",
        "Minha data de nascimento é 17/11/1954 e no sistema aparece 11/17/1954, qual é o certo?",
        ["17/11/1954", "11/17/1954"],
    ),
    (
        "dob",
        "born on 5-JUN-1943 per my passport, but the dropdown for year stop at 1944",
        ["5-JUN-1943"],
    ),
    (
        "dob",
        "the DOB is wrong!! It is 10/03/51 not 10/03/57. I am not 67, i am 73",
        ["10/03/51", "10/03/57"],
    ),
    (
        "dob",
        "my son birth date is\u00a0December\u00a018,\u00a01988 he is disabled and I am "
        "his representative payee",
        ["December\u00a018,\u00a01988"],
    ),
    # ---------------------------------------------------------------- email
    (
        "email",
        "pls reply to rosa.m.delgado52@example.com not my work one, I dont check it",
        ["rosa.m.delgado52@example.com"],
    ),
    (
        "email",
        "Nunca recibí el correo de confirmación. Mi correo es juanito_perez1949@example.net, ya revisé "
        "el spam",
        ["juanito_perez1949@example.net"],
    ),
    (
        "email",
        "my e mail is GRANDMA.BETTY@EXAMPLE.ORG in capital because that is how my grandson set up",
        ["GRANDMA.BETTY@EXAMPLE.ORG"],
    ),
    (
        "email",
        "我的邮箱是 wang.lihua88@example.com，验证码一直收不到。",
        ["wang.lihua88@example.com"],
    ),
    (
        "email",
        "the login say the email hnguyen+ssa@example.net is not valid because of the plus, but gmail "
        "allow it",
        ["hnguyen+ssa@example.net"],
    ),
    (
        "email",
        "Email: tom . okafor @ example . com (I write with space so robot dont take it)",
        ["tom . okafor @ example . com"],
    ),
    (
        "email",
        "Xin hãy gửi thư về địa chỉ email: tran.van.minh@example.org, cảm ơn.",
        ["tran.van.minh@example.org"],
    ),
    (
        "email",
        "I changed my email from old.farmer.joe@example.com to joe.hartley1950@example.net but the "
        "notices still go to the old",
        ["old.farmer.joe@example.com", "joe.hartley1950@example.net"],
    ),
    (
        "email",
        "이메일 주소 kim_soonja@example.com 로 인증 코드가 오지 않습니다",
        ["kim_soonja@example.com"],
    ),
    (
        "email",
        "contact me at marguerite.lafleur(at)example.org please, phone is not good for me I am deaf",
        ["marguerite.lafleur(at)example.org"],
    ),
    (
        "email",
        "Пожалуйста, ответьте на ivanova.tatiana@example.com, я не понимаю, почему заявка отклонена.",
        ["ivanova.tatiana@example.com"],
    ),
    (
        "email",
        "my daugter email she help me is priya-sharma.nyc@example.net send the link there",
        ["priya-sharma.nyc@example.net"],
    ),
    (
        "email",
        "Pakipadala po sa email ko: reyes.corazon61@example.com ang resibo",
        ["reyes.corazon61@example.com"],
    ),
    (
        "email",
        "the verification go to\nabdi.warsame@example.org\nbut it never arrive, 3 days now",
        ["abdi.warsame@example.org"],
    ),
    (
        "email",
        "يرجى التواصل معي على البريد الإلكتروني y.haddad@example.net",
        ["y.haddad@example.net"],
    ),
    (
        "email",
        "Mon adresse courriel est jp.beaulieu@example.com, je n'ai rien reçu depuis le mois dernier",
        ["jp.beaulieu@example.com"],
    ),
    (
        "email",
        "I mistype my email when I register, I put dlorenzo@exmaple.com instead of dlorenzo@example.com "
        "and now I can not reset",
        ["dlorenzo@exmaple.com", "dlorenzo@example.com"],
    ),
    (
        "email",
        "Imèl mwen se jeanbaptiste.marie@example.org, tanpri voye repons lan la",
        ["jeanbaptiste.marie@example.org"],
    ),
    (
        "email",
        "Meu e-mail é ana.souza.ribeiro@example.com, por favor mande a confirmação em português",
        ["ana.souza.ribeiro@example.com"],
    ),
    (
        "email",
        "you can write me back on <walt.kowalski.vet@example.net> I check every morning",
        ["walt.kowalski.vet@example.net"],
    ),
    (
        "email",
        "EMAIL ADRESS IS MR_FRANK_OBRIEN@EXAMPLE.COM THANK YOU",
        ["MR_FRANK_OBRIEN@EXAMPLE.COM"],
    ),
    (
        "email",
        "The form says the e-mail must match, I wrote lucia.ferraro@example.org both times, they match!",
        ["lucia.ferraro@example.org"],
    ),
    (
        "email",
        "mail me on: s.mbeki77@example.com (that is small s dot)",
        ["s.mbeki77@example.com"],
    ),
    (
        "email",
        "please update my email, new one is dorothy\u200b.glenn@example.net, old one I lost password",
        ["dorothy\u200b.glenn@example.net"],
    ),
    (
        "email",
        "Mi esposo usa hector.ruiz.mx@example.com y yo uso la misma, ¿está bien o cada uno necesita "
        "una cuenta?",
        ["hector.ruiz.mx@example.com"],
    ),
    # ---------------------------------------------------------------- ip
    (
        "ip",
        "it say my access is blocked from IP 203.0.113.45, i am at home not in other country",
        ["203.0.113.45"],
    ),
    (
        "ip",
        "the error page shows: Your IP address (198.51.100.23) has been temporarily blocked. Why??",
        ["198.51.100.23"],
    ),
    (
        "ip",
        "La página dice que mi dirección IP 192.0.2.17 está bloqueada, yo vivo en Texas",
        ["192.0.2.17"],
    ),
    (
        "ip",
        "my grandson says to tell you my ip is 2001:db8:85a3::8a2e:370:7334 and the site keep logging me out",
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        "网站说我的IP地址 203.0.113.201 有异常活动，但我只是登录了一次。",
        ["203.0.113.201"],
    ),
    (
        "ip",
        "I use library computer, the IP 198.51.100.140 and the library one 198.51.100.141 both blocked",
        ["198.51.100.140", "198.51.100.141"],
    ),
    (
        "ip",
        "Trang web chặn địa chỉ IP của tôi: 192.0.2.88. Tôi không làm gì sai cả.",
        ["192.0.2.88"],
    ),
    (
        "ip",
        "Access denied reference for ip=203.0.113.9 at 10:42 am, I try again at 11 still same",
        ["203.0.113.9"],
    ),
    (
        "ip",
        "IP 주소 198.51.100.77 이(가) 차단되었다고 나옵니다",
        ["198.51.100.77"],
    ),
    (
        "ip",
        "my router it show WAN address 192.0.2.254 and your website say too many request from it",
        ["192.0.2.254"],
    ),
    (
        "ip",
        "Мой IP 2001:db8:0:1234::5 заблокирован, я пользуюсь VPN только для банка",
        ["2001:db8:0:1234::5"],
    ),
    (
        "ip",
        "Sabi ng page naka-block daw ang IP ko na 203.0.113.66, ano ang gagawin ko?",
        ["203.0.113.66"],
    ),
    (
        "ip",
        "the message:\nRequest blocked. Client IP: 198.51.100.5\nI dont know what it mean",
        ["198.51.100.5"],
    ),
    (
        "ip",
        "يقول الموقع إن عنوان IP الخاص بي 192.0.2.133 محظور",
        ["192.0.2.133"],
    ),
    (
        "ip",
        "Le site dit que mon adresse IP 203.0.113.12 est suspecte, je suis chez moi à Boston",
        ["203.0.113.12"],
    ),
    (
        "ip",
        "I am teacher and the whole school share IP 198.51.100.200 so when one person get blocked all of "
        "us cant use the site",
        ["198.51.100.200"],
    ),
    (
        "ip",
        "Sit la di adrès IP mwen 192.0.2.41 bloke, mwen pa konprann",
        ["192.0.2.41"],
    ),
    (
        "ip",
        "the IPv6 is 2001:0db8:0000:0042:0000:8a2e:0370:7334 (full written) the help say send it",
        ["2001:0db8:0000:0042:0000:8a2e:0370:7334"],
    ),
    (
        "ip",
        "O site bloqueou meu IP 203.0.113.150, não consigo acessar minha conta",
        ["203.0.113.150"],
    ),
    (
        "ip",
        "captcha every 2 minute!! my address 198.51.100.99 is not a robot, I am 78 year old woman",
        ["198.51.100.99"],
    ),
    (
        "ip",
        "blocked ip 192 . 0 . 2 . 7 (with spaces so you can read) please unblock",
        ["192 . 0 . 2 . 7"],
    ),
    (
        "ip",
        "from my phone it is 2001:db8:a0b:12f0::1 and from the computer 203.0.113.30, the phone work "
        "and the computer not",
        ["2001:db8:a0b:12f0::1", "203.0.113.30"],
    ),
    (
        "ip",
        "Tried to log in from 192.0.2.200:8080 like my son set up the proxy, got error 403",
        ["192.0.2.200"],
    ),
    (
        "ip",
        "Mi IP es 198.51.100.61 segun whatismyip, y el sitio dice acceso denegado desde ayer",
        ["198.51.100.61"],
    ),
    (
        "ip",
        "Your security system think 203.0.113.177 is suspicious, that is my home internet from Comcast",
        ["203.0.113.177"],
    ),
    # ---------------------------------------------------------------- itin_ein
    (
        "itin_ein",
        "I dont have social, I have ITIN 912-78-4561 and the form only say SSN so it reject me",
        ["912-78-4561"],
    ),
    (
        "itin_ein",
        "Mi número ITIN es 9 4 3 - 7 1 - 2 2 0 8 y la página dice que no es válido",
        ["9 4 3 - 7 1 - 2 2 0 8"],
    ),
    (
        "itin_ein",
        "my small business EIN 47-2231908 for the cleaning company, the loan page say not found",
        ["47-2231908"],
    ),
    (
        "itin_ein",
        "ITIN: 987654321? no sorry that is example, mine is 955-81-3302, renewal letter came",
        ["955-81-3302"],
    ),
    (
        "itin_ein",
        "我的个人报税识别号码（ITIN）是 961-85-7720，退税一直没有收到。",
        ["961-85-7720"],
    ),
    (
        "itin_ein",
        "Employer ID number 83 1047726 , the W-2 from my work show a different one, which is right",
        ["83 1047726"],
    ),
    (
        "itin_ein",
        "Số ITIN của tôi là 970-90-1187, hết hạn rồi, làm sao để gia hạn?",
        ["970-90-1187"],
    ),
    (
        "itin_ein",
        "my wife ITIN 9 2 1 7 8 5 6 4 3 and mine 921-78-5644 we file joint, it say duplicate",
        ["9 2 1 7 8 5 6 4 3", "921-78-5644"],
    ),
    (
        "itin_ein",
        "EIN# 26-4815162 for my late husband trust, I am the trustee and cannot login",
        ["26-4815162"],
    ),
    (
        "itin_ein",
        "ITIN 번호 934-94-0081 입력하면 오류가 나옵니다",
        ["934-94-0081"],
    ),
    (
        "itin_ein",
        "the tax id for my daycare is 91-1938475 (EIN) and my own is ITIN 918-74-2290",
        ["91-1938475", "918-74-2290"],
    ),
    (
        "itin_ein",
        "Ang ITIN ko ay 948 77 6601, hindi ko alam kung saan ilalagay sa form",
        ["948 77 6601"],
    ),
    (
        "itin_ein",
        "Мой ИНН налогоплательщика (ITIN) 982-51-4470, форма требует SSN, а у меня его нет",
        ["982-51-4470"],
    ),
    (
        "itin_ein",
        "federal EIN is  810934472 no dash, the system add dash in wrong place: 8109-34472",
        ["810934472", "8109-34472"],
    ),
    (
        "itin_ein",
        "رقم ITIN الخاص بي 977-88-0412 ولا يقبله النموذج",
        ["977-88-0412"],
    ),
    (
        "itin_ein",
        "Mon numéro ITIN est le 903-62-1954, je n'ai pas de numéro de sécurité sociale",
        ["903-62-1954"],
    ),
    (
        "itin_ein",
        "my tax payer id number (itin)\n966-70-3318\nplease tell me why the refund is hold",
        ["966-70-3318"],
    ),
    (
        "itin_ein",
        "Nimewo ITIN mwen se 945-83-2067, mwen poko resevwa ranbousman an",
        ["945-83-2067"],
    ),
    (
        "itin_ein",
        "the church EIN 59 - 3327104 is for nonprofit, the grant form keep say invalid EIN",
        ["59 - 3327104"],
    ),
    (
        "itin_ein",
        "Meu ITIN é 929-96-5530 e o site pede SSN, não tenho",
        ["929-96-5530"],
    ),
    (
        "itin_ein",
        "E.I.N. 04-3519872 — my restaurant, the PPP page is not loading after I enter it",
        ["04-3519872"],
    ),
    (
        "itin_ein",
        "itin nine one four seven three five five one two, I write in words because the box dont take it",
        ["nine one four seven three five five one two"],
    ),
    (
        "itin_ein",
        "Tengo ITIN 990‑65‑4410 (con guiones) pero el formulario solo acepta números",
        ["990‑65‑4410"],
    ),
    (
        "itin_ein",
        "For my home care agency the Employer Identification is 20-1765439 and it was assigned in 2009",
        ["20-1765439"],
    ),
    (
        "itin_ein",
        "ITIN expired, old number 938\u00a079\u00a01136, do I keep same number when I renew?",
        ["938\u00a079\u00a01136"],
    ),
    # ---------------------------------------------------------------- license
    (
        "license",
        "my driver license D4417203 california and the REAL ID page say it does not match DMV record",
        ["D4417203"],
    ),
    (
        "license",
        "Mi licencia de manejar de Florida es S530-460-72-345-0 y no la acepta el sistema",
        ["S530-460-72-345-0"],
    ),
    (
        "license",
        "NY license # 742 118 903 , it is 9 numbers, the field want letters first?",
        ["742 118 903"],
    ),
    (
        "license",
        "Illinois DL number S123-4567-8901 , the dashes are on the card, do I type them",
        ["S123-4567-8901"],
    ),
    (
        "license",
        "我的驾照号码是 Y2849013（加州），网站说身份验证失败。",
        ["Y2849013"],
    ),
    (
        "license",
        "state ID card no. 31447729 from Texas, I dont drive anymore so I have only ID",
        ["31447729"],
    ),
    (
        "license",
        "Số bằng lái xe của tôi là B6720188, tiểu bang California.",
        ["B6720188"],
    ),
    (
        "license",
        "New Jersey drivers license A1234 56789 01234 — the box is too short for all of it",
        ["A1234 56789 01234"],
    ),
    (
        "license",
        "Washington license WDLKR7302M9Z, new style, and the form want the old style with my name letters",
        ["WDLKR7302M9Z"],
    ),
    (
        "license",
        "운전면허 번호 F3390241 입력했는데 일치하지 않는다고 합니다",
        ["F3390241"],
    ),
    (
        "license",
        "Michigan DL: S 123 456 789 012  please tell me what format",
        ["S 123 456 789 012"],
    ),
    (
        "license",
        "Ang lisensya ko sa pagmamaneho ay N0482117, galing Nevada",
        ["N0482117"],
    ),
    (
        "license",
        "PA license 29 335 184, the date of issue is also ask but I lost the card, only have the number",
        ["29 335 184"],
    ),
    (
        "license",
        "Номер водительских прав: 52 117 904 (штат Нью-Йорк)... нет, 521179048, я ошибся",
        ["52 117 904", "521179048"],
    ),
    (
        "license",
        "Arizona drivers licence D08452279 , the identity check fail 3 times now I am lock out",
        ["D08452279"],
    ),
    (
        "license",
        "رقم رخصة القيادة الخاصة بي M221-4478-0931 من ولاية ميشيغان",
        ["M221-4478-0931"],
    ),
    (
        "license",
        "Mon permis de conduire du Massachusetts: S44187203, le site dit numéro invalide",
        ["S44187203"],
    ),
    (
        "license",
        "the DL# on my card is\nK7731-40928-55106\nbut I think the site want only 13 letters",
        ["K7731-40928-55106"],
    ),
    (
        "license",
        "Nimewo lisans mwen se F219-553-47-812-0 (Florid)",
        ["F219-553-47-812-0"],
    ),
    (
        "license",
        "Minha carteira de motorista de Massachusetts é SA0982214",
        ["SA0982214"],
    ),
    (
        "license",
        "my state id # is 1 2 8 8 4 7 1 9 (Texas) I put space because i read it off the card",
        ["1 2 8 8 4 7 1 9"],
    ),
    (
        "license",
        "dl no d 551 2290 (lower case?) from cali, the page keep say check the number",
        ["d 551 2290"],
    ),
    (
        "license",
        "Ohio drivers license number TP402871 , Ohio is two letters six numbers I think",
        ["TP402871"],
    ),
    (
        "license",
        "Colorado license 14-226-8831, I renewed online but the new card not come",
        ["14-226-8831"],
    ),
    (
        "license",
        "licencia de conducir (Illinois) C420\u00a01187\u00a02093 — no sé si poner los espacios",
        ["C420\u00a01187\u00a02093"],
    ),
    # ---------------------------------------------------------------- medicare
    (
        "medicare",
        "my new medicare number 1EG4-TE5-MK73 and the site still want the old one with social",
        ["1EG4-TE5-MK73"],
    ),
    (
        "medicare",
        "Mi número de Medicare es 2HJ7RT4KW29 y no me deja ver mis reclamos",
        ["2HJ7RT4KW29"],
    ),
    (
        "medicare",
        "MBI: 5CR2 FX8 AN34 (from red white and blue card) it say not found",
        ["5CR2 FX8 AN34"],
    ),
    (
        "medicare",
        "the old medicare number was 374-28-6619A, the new card came but I lost it, what I do",
        ["374-28-6619A"],
    ),
    (
        "medicare",
        "我的联邦医疗保险号码是 3TW9-GD2-EC15，登录时显示错误。",
        ["3TW9-GD2-EC15"],
    ),
    (
        "medicare",
        "medicare # 7KV1-JN6-UP88 for my husband and mine is 7KV1-JN6-UP89?? they are very close, is "
        "this a mistake",
        ["7KV1-JN6-UP88", "7KV1-JN6-UP89"],
    ),
    (
        "medicare",
        "Số Medicare của tôi: 4AD5-RR3-GY60. Tôi không đăng nhập được.",
        ["4AD5-RR3-GY60"],
    ),
    (
        "medicare",
        "HICN 512448301B (I am the widow, B is for wife) from before the new cards",
        ["512448301B"],
    ),
    (
        "medicare",
        "메디케어 번호 6MP3-HK9-XC42 입니다. 카드를 다시 받고 싶어요",
        ["6MP3-HK9-XC42"],
    ),
    (
        "medicare",
        "medicare id\n8QE0 WU1 TT27\nplease send new card the old one is broke in half",
        ["8QE0 WU1 TT27"],
    ),
    (
        "medicare",
        "Ang Medicare number ko ay 9FG2-A47-JD53, hindi tinatanggap sa website",
        ["9FG2-A47-JD53"],
    ),
    (
        "medicare",
        "Мой номер Medicare 1NY6-CV2-RP91, не могу найти план части D",
        ["1NY6-CV2-RP91"],
    ),
    (
        "medicare",
        "RRB medicare number from railroad job: MA 418-22-7703 , is it different from regular medicare",
        ["MA 418-22-7703"],
    ),
    (
        "medicare",
        "رقم ميديكير الخاص بي 2UD8-KM4-EH06",
        ["2UD8-KM4-EH06"],
    ),
    (
        "medicare",
        "Mon numéro Medicare est 5WC3-TJ7-NK18, je voudrais changer de plan",
        ["5WC3-TJ7-NK18"],
    ),
    (
        "medicare",
        "the Part B premium page ask for MBI, i type 3YR5HX2QA74 and get error 'beneficiary not found'",
        ["3YR5HX2QA74"],
    ),
    (
        "medicare",
        "Nimewo Medicare mwen se 6GK1-DW9-PE37, tanpri ede m",
        ["6GK1-DW9-PE37"],
    ),
    (
        "medicare",
        "my mothers old health insurance claim number 221 37 4409 A she is 91 and cant find the new card",
        ["221 37 4409 A"],
    ),
    (
        "medicare",
        "Meu número do Medicare é 4HA9-QN2-MW65",
        ["4HA9-QN2-MW65"],
    ),
    (
        "medicare",
        "medicare number is: 7 T F 2 - R Y 8 - C D 1 4 (one by one so you see)",
        ["7 T F 2 - R Y 8 - C D 1 4"],
    ),
    (
        "medicare",
        "I enter the medicare number 1eg4te5mk73 small letter because caps lock broken, does it matter",
        ["1eg4te5mk73"],
    ),
    (
        "medicare",
        "Mi esposo tiene Medicare 8VX4-GP7-KA29 y yo no, ¿puedo usar su número para mi cita?",
        ["8VX4-GP7-KA29"],
    ),
    (
        "medicare",
        "beneficiary id 9RK7\u2011WA3\u2011YF52 (copied from the pdf with the strange dash)",
        ["9RK7\u2011WA3\u2011YF52"],
    ),
    (
        "medicare",
        "old claim number 409-88-1276 D6 (widower) and new MBI 2CT5-EM8-HW03, both on the letter",
        ["409-88-1276 D6", "2CT5-EM8-HW03"],
    ),
    (
        "medicare",
        "I have the medicare card, number 6PN8-JC1-RG47 , but the drug plan finder will not accept",
        ["6PN8-JC1-RG47"],
    ),
    # ---------------------------------------------------------------- name
    (
        "name",
        "The form keep changing my name, I am Maria Guadalupe Hernández Ruiz and it cut to Maria Hernan",
        ["Maria Guadalupe Hernández Ruiz"],
    ),
    (
        "name",
        "Thank you for nothing. Mrs. Dolores Whitfield",
        ["Dolores Whitfield"],
    ),
    (
        "name",
        "my father name is Nguyen Van Thanh but the site put Thanh as last name, in Vietnam family "
        "name is first",
        ["Nguyen Van Thanh"],
    ),
    (
        "name",
        "Mi nombre es José Luis Castañeda y la página no acepta la ñ, la cambia a un símbolo raro",
        ["José Luis Castañeda"],
    ),
    (
        "name",
        "我叫李秀英，英文名字是 Xiuying Li，表格只让写一个名字。",
        ["李秀英", "Xiuying Li"],
    ),
    (
        "name",
        "I am writing for my brother Oluwaseun Adeyemi-Bakare, he is in hospital and the hyphen in "
        "his name make the form fail",
        ["Oluwaseun Adeyemi-Bakare"],
    ),
    (
        "name",
        "name on account is O'Connor, Patrick J. and it show O&#39;Connor everywhere, please fix",
        ["O'Connor, Patrick J."],
    ),
    (
        "name",
        "저는 박정호 (Park Jung-ho) 입니다. 이름이 두 번 등록되어 있어요.",
        ["박정호", "Park Jung-ho"],
    ),
    (
        "name",
        "the letter say it is for Anthony Russo but I am Antonio Russo, that is not me, maybe mix up",
        ["Anthony Russo", "Antonio Russo"],
    ),
    (
        "name",
        "Salamat po.\n-- Lolita Magbanua Dizon",
        ["Lolita Magbanua Dizon"],
    ),
    (
        "name",
        "Я Светлана Петровна Кузнецова, мое имя в системе написано латиницей неправильно: Svetlana "
        "Kuznetsova без отчества",
        ["Светлана Петровна Кузнецова", "Svetlana Kuznetsova"],
    ),
    (
        "name",
        "my late wife GLORIA MAE PETTIGREW still get mail from you, she die in 2019, please stop",
        ["GLORIA MAE PETTIGREW"],
    ),
    (
        "name",
        "اسمي محمد عبد الله الحسيني ولا يقبل الموقع اسمي بالكامل",
        ["محمد عبد الله الحسيني"],
    ),
    (
        "name",
        "Je m'appelle Jean-Claude Désiré et le site enlève les accents de mon nom",
        ["Jean-Claude Désiré"],
    ),
    (
        "name",
        "the applicant is my granddaughter aaliyah renee washington, she is 17 and I am legal guardian",
        ["aaliyah renee washington"],
    ),
    (
        "name",
        "Mwen rele Wilner Pierre-Louis, non mwen gen yon tirè e sit la pa aksepte l",
        ["Wilner Pierre-Louis"],
    ),
    (
        "name",
        "Meu nome é Francisca das Chagas Oliveira, é muito comprido para o campo",
        ["Francisca das Chagas Oliveira"],
    ),
    (
        "name",
        "I try three times to pay, still error. Please call me back.\nRespectfully,\nHarold T. Brinkley Sr.",
        ["Harold T. Brinkley"],
    ),
    (
        "name",
        "my son Dmitri Volkov register for selective service and the name come out Dmitri Volkav",
        ["Dmitri Volkov", "Dmitri Volkav"],
    ),
    (
        "name",
        "the last name field won't take space: my last name is Van der Berg, first name Hendrika",
        ["Van der Berg", "Hendrika"],
    ),
    (
        "name",
        "Tôi tên là Lê Thị Hồng Nhung, tên tôi bị ghi sai trên thẻ.",
        ["Lê Thị Hồng Nhung"],
    ),
    (
        "name",
        "Name: Kwame Asante-Mensah   (please dont put Mr. Mensah, Asante-Mensah is one name)",
        ["Kwame Asante-Mensah"],
    ),
    (
        "name",
        "i am caregiver for mister Eduardo Quispe Mamani he speak only quechua and spanish, the site "
        "no have quechua",
        ["Eduardo Quispe Mamani"],
    ),
    (
        "name",
        "my maiden name Rachel Goldberg is still on the record, married name is Rachel Goldberg-Nash "
        "since 1982",
        ["Rachel Goldberg", "Rachel Goldberg-Nash"],
    ),
    (
        "name",
        "Thank you so much the lady on the chat was very patient with me.  Ms.\u00a0Fatima\u00a0Begum",
        ["Fatima\u00a0Begum"],
    ),
    # ---------------------------------------------------------------- passport
    (
        "passport",
        "my passport number 548812390 and the renewal page say it is not in the system, I got it in 2015",
        ["548812390"],
    ),
    (
        "passport",
        "Mi pasaporte mexicano es G23817745 y el formulario de visa no lo reconoce",
        ["G23817745"],
    ),
    (
        "passport",
        "pasport no. A03847712 (new one with letter in front) — old one was 491027736",
        ["A03847712", "491027736"],
    ),
    (
        "passport",
        "我的护照号码是 E58210937，DS-160 一直保存不了。",
        ["E58210937"],
    ),
    (
        "passport",
        "Số hộ chiếu của tôi là C4471802, hộ chiếu Việt Nam.",
        ["C4471802"],
    ),
    (
        "passport",
        "Indian passport K8829104 , the site want 9 character but indian is 8, please fix",
        ["K8829104"],
    ),
    (
        "passport",
        "여권번호 M71039284 를 입력했는데 형식이 잘못되었다고 합니다",
        ["M71039284"],
    ),
    (
        "passport",
        "Philippine passport P3310472A, expiring next year, can I still apply",
        ["P3310472A"],
    ),
    (
        "passport",
        "Номер загранпаспорта 75 4412093, форма не принимает пробел",
        ["75 4412093"],
    ),
    (
        "passport",
        "The passport book number is 6 4 2 0 1 8 8 3 7 and the card number C09182736, which one go in box",
        ["6 4 2 0 1 8 8 3 7", "C09182736"],
    ),
    (
        "passport",
        "رقم جواز سفري N004417823 (سوريا) والموقع يقول غير صالح",
        ["N004417823"],
    ),
    (
        "passport",
        "Mon numéro de passeport est 19FV44210 (France), le formulaire ESTA le refuse",
        ["19FV44210"],
    ),
    (
        "passport",
        "Nimewo paspò mwen se RD3349021, paspò Ayiti",
        ["RD3349021"],
    ),
    (
        "passport",
        "Meu passaporte brasileiro é FX882104, ele venceu e preciso do visto",
        ["FX882104"],
    ),
    (
        "passport",
        "Ang passport number ko ay P7741029B, hindi lumalabas ang appointment",
        ["P7741029B"],
    ),
    (
        "passport",
        "passport#\n 567 330 182\nissued Chicago, lost in the mail, please to report stolen",
        ["567 330 182"],
    ),
    (
        "passport",
        "UK passport 533 380 016 , I am dual citizen and the form ask only one nationality",
        ["533 380 016"],
    ),
    (
        "passport",
        "my old passport was E 4 8 1 9 0 2 2 7 (I think the E is a letter, or is it 3?)",
        ["E 4 8 1 9 0 2 2 7"],
    ),
    (
        "passport",
        "the tracking say passport application received but nothing since, number on it is 512093478",
        ["512093478"],
    ),
    (
        "passport",
        "Pasaporte de Guatemala No. 237708112 0101, no sé si son todos los números",
        ["237708112 0101"],
    ),
    (
        "passport",
        "Passport No: AB1297730 (Nigeria) — the name on passport is different order than on my I-20",
        ["AB1297730"],
    ),
    (
        "passport",
        "i put passport numbr 58l902337 with small L by mistake instead of one, how to edit",
        ["58l902337"],
    ),
    (
        "passport",
        "pasaporte\u00a0Nº\u00a0PA0918823 (Colombia) el sistema dice error 12",
        ["PA0918823"],
    ),
    (
        "passport",
        "my wife passport G44190281 and mine G44190282 we got the same day in the consulate",
        ["G44190281", "G44190282"],
    ),
    (
        "passport",
        "For the renewal it ask most recent passport number, it is 4 3 0 - 2 2 9 - 1 1 8 on the page",
        ["4 3 0 - 2 2 9 - 1 1 8"],
    ),
    # ---------------------------------------------------------------- phone
    (
        "phone",
        "please call me back at (212) 555-0147 I am home all day, no internet good for me",
        ["(212) 555-0147"],
    ),
    (
        "phone",
        "Llámeme al 305-555-0123 por favor, no entiendo el formulario en inglés",
        ["305-555-0123"],
    ),
    (
        "phone",
        "my cell 773.555.0188 the text code never come so I cant log in",
        ["773.555.0188"],
    ),
    (
        "phone",
        "请打电话给我 626 555 0102，我女儿也可以接。",
        ["626 555 0102"],
    ),
    (
        "phone",
        "the phone number box want 10 digit but I only give 555-0199 because is local, then error",
        ["555-0199"],
    ),
    (
        "phone",
        "Xin gọi cho tôi theo số 714-555-0161, tôi nói tiếng Việt.",
        ["714-555-0161"],
    ),
    (
        "phone",
        "my son in Mexico number +52 33 1845 2290 he is the one who help me, can you call him",
        ["+52 33 1845 2290"],
    ),
    (
        "phone",
        "전화번호 213-555-0134 로 연락 주세요",
        ["213-555-0134"],
    ),
    (
        "phone",
        "phone: 1 (800)? no that is yours. mine is 1-907-555-0115",
        ["1-907-555-0115"],
    ),
    (
        "phone",
        "Pakitawagan po ako sa +1 415 555 0172 o sa pamangkin ko sa Pilipinas +63 917 482 3306",
        ["+1 415 555 0172", "+63 917 482 3306"],
    ),
    (
        "phone",
        "Позвоните мне, пожалуйста: 718-555-0190. По-английски говорю плохо.",
        ["718-555-0190"],
    ),
    (
        "phone",
        "my number is two one five, five five five, zero one four four. the verification robot say it wrong",
        ["two one five, five five five, zero one four four"],
    ),
    (
        "phone",
        "اتصلوا بي على الرقم 313-555-0126",
        ["313-555-0126"],
    ),
    (
        "phone",
        "Vous pouvez me joindre au 617 555 0153 ou au +33 6 41 27 88 19 quand je suis en France",
        ["617 555 0153", "+33 6 41 27 88 19"],
    ),
    (
        "phone",
        "Rele m nan 786-555-0108 tanpri",
        ["786-555-0108"],
    ),
    (
        "phone",
        "Meu telefone é (508) 555-0131, pode ligar depois das 5",
        ["(508) 555-0131"],
    ),
    (
        "phone",
        "the 2 step code goes to my old phone 2025550164 which is disconnected, new is 2025550178",
        ["2025550164", "2025550178"],
    ),
    (
        "phone",
        "Tel.\n(555) 0117? no sorry\n(602) 555-0117\nI am blind and use screen reader, the form is hard",
        ["(602) 555-0117"],
    ),
    (
        "phone",
        "my daughter in London 07700 900461 is my emergency contact, the form only take US numbers",
        ["07700 900461"],
    ),
    (
        "phone",
        "home phone 555 0138 area code 505 , cell phone none",
        ["555 0138"],
    ),
    (
        "phone",
        "Mi número celular es +1-956-555-0159 y el de mi casa 956 555 0120",
        ["+1-956-555-0159", "956 555 0120"],
    ),
    (
        "phone",
        "call me 8 0 4 5 5 5 0 1 9 3 after 3pm, before I am at dialysis",
        ["8 0 4 5 5 5 0 1 9 3"],
    ),
    (
        "phone",
        "You can text me at 469\u2011555\u20110106 (copied from my contacts)",
        ["469\u2011555\u20110106"],
    ),
    (
        "phone",
        "Nephew in Australia number is +61 491 570 156, he will help with the document",
        ["+61 491 570 156"],
    ),
    (
        "phone",
        "ph# 312/555/0175 thank you",
        ["312/555/0175"],
    ),
    # ---------------------------------------------------------------- ssn
    (
        "ssn",
        "my social security number is 412-67-3390 and it say it does not match the name, I have the card "
        "right here",
        ["412-67-3390"],
    ),
    (
        "ssn",
        "Mi número de seguro social es 531 48 2276, ¿por qué dice que no coincide?",
        ["531 48 2276"],
    ),
    (
        "ssn",
        "socal security 228491075 i type with no dash like it say",
        ["228491075"],
    ),
    (
        "ssn",
        "the number of my social it is 3 0 4 - 5 5 - 8 1 2 9, I read it from card because I am old "
        "and cannot remember",
        ["3 0 4 - 5 5 - 8 1 2 9"],
    ),
    (
        "ssn",
        "我的社会安全号码是 603-21-4478，网站说身份无法验证。",
        ["603-21-4478"],
    ),
    (
        "ssn",
        "SSN: 147-82-6650 (husband) SSN: 147-82-6651 (me) we are not twin, just luck",
        ["147-82-6650", "147-82-6651"],
    ),
    (
        "ssn",
        "Số an sinh xã hội của tôi là 572-90-3318. Tôi không nhận được thẻ mới.",
        ["572-90-3318"],
    ),
    (
        "ssn",
        "SS# ending 4021 — all of it is 239-44-4021 , the last 4 they ask then the whole thing, why",
        ["239-44-4021"],
    ),
    (
        "ssn",
        "사회보장번호 681-30-2297 을 입력했는데 오류가 납니다",
        ["681-30-2297"],
    ),
    (
        "ssn",
        "Ang social security number ko ay 523.71.9984, hindi matanggap",
        ["523.71.9984"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 078-61-2234, я уже 3 раза пытался",
        ["078-61-2234"],
    ),
    (
        "ssn",
        "social sec. four one six, two two, seven seven eight nine. I type the numbers and it dont work "
        "so now in words",
        ["four one six, two two, seven seven eight nine"],
    ),
    (
        "ssn",
        "رقم الضمان الاجتماعي الخاص بي 345-12-8806",
        ["345-12-8806"],
    ),
    (
        "ssn",
        "Mon numéro de sécurité sociale américain est le 264-53-1179",
        ["264-53-1179"],
    ),
    (
        "ssn",
        "Nimewo sekirite sosyal mwen se 590 22 4716",
        ["590 22 4716"],
    ),
    (
        "ssn",
        "O meu número de seguro social é 034-78-5521, o site não aceita",
        ["034-78-5521"],
    ),
    (
        "ssn",
        "SSN\n518-09-4432\nDOB is in the form already. why it say identity not verified",
        ["518-09-4432"],
    ),
    (
        "ssn",
        "my deceased mother social was 401 22 9015 , I need the death benefit, she pass in may",
        ["401 22 9015"],
    ),
    (
        "ssn",
        "the SS number 286-4X-... no I will write all: 286-47-1130",
        ["286-47-1130"],
    ),
    (
        "ssn",
        "I put my SSN 620/18/3347 with slash, was that wrong?",
        ["620/18/3347"],
    ),
    (
        "ssn",
        "socail securty # is 4 5 2 1 9 8 8 0 3 and birth place Puerto Rico",
        ["4 5 2 1 9 8 8 0 3"],
    ),
    (
        "ssn",
        "my SSN was stolen, it is 361-72-5548, somebody file taxes with it. What do I do now",
        ["361-72-5548"],
    ),
    (
        "ssn",
        "Seguro social: 611\u00a044\u00a07290 (mi hija lo escribió)",
        ["611\u00a044\u00a07290"],
    ),
    (
        "ssn",
        "Social Security No.\u200b 507-33-8164 — please update my address on file",
        ["507-33-8164"],
    ),
    (
        "ssn",
        "the tax form shows SSN 219-65-4403 but mine is 219-56-4403, the numbers are switched",
        ["219-65-4403", "219-56-4403"],
    ),
    # ---------------------------------------------------------------- url_personal
    (
        "url_personal",
        "the link in the email https://www.example.com/verify?email=rosa.delgado%40example.net&t=8 is "
        "expired already",
        ["rosa.delgado%40example.net"],
    ),
    (
        "url_personal",
        "El enlace https://portal.example.org/users/jmartinez1951/profile no abre, dice error 404",
        ["jmartinez1951"],
    ),
    (
        "url_personal",
        "I was on https://benefits.example.gov/claims;jsessionid=A9F3C2E7714B0D5E and it kick me out",
        ["A9F3C2E7714B0D5E"],
    ),
    (
        "url_personal",
        "the page https://www.example.com/status?ssn=412673390 show my whole number in the address bar!!",
        ["412673390"],
    ),
    (
        "url_personal",
        "网址 https://example.net/account/wang.lihua88/settings 打不开。",
        ["wang.lihua88"],
    ),
    (
        "url_personal",
        "reset link: https://id.example.com/reset?user=betty.koh%40example.org&token=f83kd92msl0q "
        "says invalid",
        ["betty.koh%40example.org", "f83kd92msl0q"],
    ),
    (
        "url_personal",
        "Đường link https://www.example.org/profile?name=Tran+Van+Minh&dob=1955-05-12 bị lỗi",
        ["Tran+Van+Minh", "1955-05-12"],
    ),
    (
        "url_personal",
        "I copy the address: https://example.com/u/dolores.whitfield/messages and it ask login again",
        ["dolores.whitfield"],
    ),
    (
        "url_personal",
        "링크 https://example.net/apply?sessionid=7c2e91fa0b44d913 가 만료되었다고 나와요",
        ["7c2e91fa0b44d913"],
    ),
    (
        "url_personal",
        "https://forms.example.gov/step3?phone=3055550123 — this page freeze every time",
        ["3055550123"],
    ),
    (
        "url_personal",
        "Ссылка https://www.example.com/cabinet/ivanova_t/docs не работает",
        ["ivanova_t"],
    ),
    (
        "url_personal",
        "my grandson say to send you this: https://example.org/track?email=walt.kowalski.vet@example.net",
        ["walt.kowalski.vet@example.net"],
    ),
    (
        "url_personal",
        "Pumunta ako sa https://example.com/members/corazon.reyes/renew pero blangko ang page",
        ["corazon.reyes"],
    ),
    (
        "url_personal",
        "الرابط https://example.net/confirm?user=yhaddad77&code=554201 لا يعمل",
        ["yhaddad77"],
    ),
    (
        "url_personal",
        "Le lien https://www.example.com/dossier;nom=Beaulieu;prenom=Jean-Pierre ne marche pas",
        ["Beaulieu", "Jean-Pierre"],
    ),
    (
        "url_personal",
        "the link\nhttps://example.org/appointments?patient=Gloria%20Pettigrew&id=33\ngo to blank page",
        ["Gloria%20Pettigrew"],
    ),
    (
        "url_personal",
        "Lyen an https://example.com/kont/marie.jeanbaptiste pa mache",
        ["marie.jeanbaptiste"],
    ),
    (
        "url_personal",
        "O link https://example.net/login?redirect=/home&sid=9QX2LM44TR81VB expirou",
        ["9QX2LM44TR81VB"],
    ),
    (
        "url_personal",
        "when I click https://www.example.com/refund?acct=220019384756 it show somebody else refund",
        ["220019384756"],
    ),
    (
        "url_personal",
        "bookmark: example.com/~hkowalczyk/tax-docs , it dont open no more",
        ["hkowalczyk"],
    ),
    (
        "url_personal",
        "I got text with link https://example.org/v/9d8f7e6a5b4c?m=maria.hernandez52%40example.com "
        "is this real or scam",
        ["maria.hernandez52%40example.com"],
    ),
    (
        "url_personal",
        "Intenté https://example.com/citas?nombre=Jose+Castaneda&tel=7735550188 y no carga",
        ["Jose+Castaneda", "7735550188"],
    ),
    (
        "url_personal",
        "the confirmation page https://example.net/done?token=eyJ1c2VyIjoiamRvZTc3In0 is white",
        ["eyJ1c2VyIjoiamRvZTc3In0"],
    ),
    (
        "url_personal",
        "https://my.example.gov/dashboard/user/okafor.tom.1958 this is where i get stuck",
        ["okafor.tom.1958"],
    ),
    (
        "url_personal",
        "please fix the page https://example.org/pay?card_last4=4444&email=lucia.ferraro%40example.org "
        "it charge me twice",
        ["lucia.ferraro%40example.org"],
    ),
]

CLEAN: list[str] = [
    "the site keeps timing out on step 3 of 5",
    "I filed the I-130 for my brother in 2019 and the receipt IOE0912345678 still say case was received",
    "my receipt number EAC2412345678 shows on the letter but the case status say not found",
    "the DS-160 form keep logging me out after 20 minute, I lose everything two times",
    "Where is the 1040-SR form? the link on page 2 go to the old 2021 version",
    "La página del formulario I-765 no carga en mi teléfono, solo en la computadora de la biblioteca",
    "error 0x80070005 when I try to download the pdf, my computer is windows 10",
    "code 504 gateway timeout every morning around 9:00 am",
    "The appointment at 10:30 AM on March 4 was canceled and no new date is offered",
    "I paid $535 for the application and $85 biometrics, is the biometrics fee still required?",
    "ZIP code 60629 is not accepted in the office locator, it say no office found",
    "we went to the Lincoln Memorial with my grandkids and the shuttle schedule on your page is wrong",
    "the Johns Hopkins Hospital is not on the list of providers but my doctor is there",
    "Is the office closed on Martin Luther King Jr. Day? the calendar does not say",
    "page 4 of the instructions says to use black ink but the online form does not print in black",
    "the new version 3.2.1 of the app is worse than before, the buttons are very small",
    "I try 5 times and it say 'too many attempts, try again in 24 hours', that is too long",
    "100% of the time the chat window cover the Next button on my tablet",
    "confirmation code KX7P-22QM appear but then disappear before I can write it down",
    "ticket #48213 was closed without answer, I open it again",
    "SF-86 questionnaire page 17 ask about foreign contacts, the dropdown is empty",
    "the form N-400 fee calculator say $760 but the letter say $710, which one",
    "我在网上填写I-90表格，但是上传照片的时候一直失败。",
    "Tôi đã nộp đơn I-485 từ tháng 6 năm 2022 mà chưa có tin gì.",
    "I-485 신청서를 제출했는데 상태 확인 페이지가 계속 오류가 납니다.",
    "Hindi gumagana ang link ng Form I-864 sa cellphone ko.",
    "Страница с формой N-600 не открывается уже третий день.",
    "الصفحة الخاصة بنموذج I-131 لا تعمل منذ يومين",
    "Le formulaire I-821D ne s'affiche pas correctement sur mon iPad.",
    "Fòm I-130 la pa louvri sou telefòn mwen.",
    "O formulário I-539 não deixa eu anexar o documento em PDF.",
    "the font is too small for my eyes, I am 82, please make bigger letter option",
    "why the website is only english? my mother read only spanish and the spanish button go to home page",
    "I like the new design much more easy, thank you to who make it",
    "the calendar picker jump to 1970 every time, I have to click 50 times to get to this year",
    "the PDF open in other language, I choose English but it is in french",
    "When I press Back button it erase all I write on step 2, very frustrating",
    "print button do nothing on Chrome, work on Edge",
    "the link https://www.example.gov/benefits/apply?lang=es&step=2 open blank page",
    "on https://www.example.gov/forms/i-130 the instruction pdf is from 2017",
    "Go to https://example.gov/help/faq#fees and you will see the fee is different from the form",
    "the office in Washington Monument area is closed? the map still show it open",
    "I waited 2 hours 15 minutes on the phone line and then it hang up",
    "The help line say to use the website and the website say to call the help line",
    "my case was transfered to the National Benefits Center 8 months ago, nothing happen",
    "The Social Security office on Roosevelt Road was closed on a Tuesday with no sign",
    "I can not find where to put the apartment number, only Street and City",
    "It said my session expire after 15 minutes but I was typing all the time",
    "the captcha pictures of traffic lights are too hard to see for old people",
    "The page say 'Something went wrong (ref 7713)' and nothing else",
    "Recibí una carta con fecha 12 de enero pero llegó el 3 de febrero, ya pasó el plazo de 30 días",
    "La oficina en la Avenida César Chávez no tiene intérprete los viernes",
    "El botón de Enviar no funciona en Safari, versión 16.4",
    "No entiendo la pregunta 14 de la parte 3, ¿qué significa 'preparer'?",
    "Pagué 85 dólares y el recibo dice 0.00, ¿dónde está mi dinero?",
    "网站的中文翻译很奇怪，很多地方看不懂。",
    "预约系统显示下一个可用时间是2025年3月，太久了。",
    "我上传的文件大小是2MB，但是系统说超过限制。",
    "Trang web tiếng Việt dịch sai nhiều chỗ, tôi không hiểu.",
    "Tôi chờ 45 phút trên điện thoại rồi bị ngắt máy.",
    "한국어 번역이 이상해요. 일부는 영어로 나와요.",
    "예약 날짜를 바꾸려고 하면 페이지가 하얗게 변해요.",
    "Walang Tagalog na bersyon ang form, sana meron.",
    "Ang appointment ko ay sa 2:15 PM pero sarado ang opisina.",
    "Сайт очень медленный, каждая страница грузится минуту.",
    "Нет русского перевода инструкции к форме I-765.",
    "الموقع لا يعمل على هاتفي، يظهر خطأ 500",
    "Je n'arrive pas à télécharger le formulaire en PDF, erreur 403.",
    "Sit la twò dousman, mwen tann 10 minit pou paj la louvri.",
    "O site fica travado na etapa 4 de 6.",
    "thank you the agent Ms. at window 7 was very kind, she explain everything two times",
    "the letter say bring 2 photos 2x2 inches, but the website say photos not needed, confused",
    "Hoover Dam tour tickets page say sold out for all of June, is that true",
    "I visited the Smithsonian and the audio guide page does not work",
    "Mount Rushmore parking fee on the website is $10 but at the gate it was $15",
    "the Jefferson Memorial cherry blossom dates are wrong on your events page",
    "Eisenhower Executive Office Building tour request form will not submit",
    "the Kennedy Center link in the events calendar is broken",
    "we drove to Yellowstone and the park pass purchase page crash at payment",
    "Grand Canyon lodge reservation site show error code 1020",
    "I use Firefox version 115 and the upload button is grey",
    "on my iPhone 8 the page is cut in half, I cannot see the right side",
    "the Windows 7 computer at the senior center cannot open your site at all",
    "Please add option for large print. Also the color is too light gray on white.",
    "I am 90 years old and this online form is impossible, bring back paper",
    "My tax refund for 2023 is still processing after 21 weeks",
    "The IRS2Go app show 'information does not match', I am sure it match",
    "Where's My Refund tool say come back later for 3 weeks now",
    "the W-2 upload only take jpg, my scanner make pdf",
    "1099-R form from pension is not showing in my online account",
    "the Schedule C instructions link give error 404",
    "I received form 5071C in the mail, the website for verifying identity is down",
    "letter 4883C say call, but no one answer, please give online option",
    "Your office at the Federal Plaza in Manhattan has a line around the block every morning",
    "Ellis Island ferry ticket page double charge some people I think, check it",
    "the Statue of Liberty crown tickets are sold out until September 2025",
    "I want to know if Veterans Day November 11 the office is open",
    "Memorial Day weekend the online system was down all 3 days",
    "On Juneteenth the chat say offline but the page say open 24/7",
    "Presidents Day Feb 17 office closed, but my appointment letter say to come that day",
    "Columbus Day or Indigenous Peoples Day, which one the office close?",
    "We are group of 12 seniors, can we book one appointment for all?",
    "The form require 8 character password with symbol, I can never remember it",
    "Login.gov say code expired, I get new one, expired again in 1 minute",
    "my account was locked for 30 minutes, then again for 60, now 24 hours",
    "I am veteran, the VA form 21-526EZ save button not working",
    "VA Form 10-10EZ ask same question 3 times in different pages",
    "the Walter Reed appointment page show no available dates at all",
    "the George Washington Bridge toll info on the transport page is outdated",
    "FAFSA for 2025-26 ask parent info but my granddaughter live with me, what to do",
    "Pell grant estimate say $7,395 but the school say different amount",
    "Student aid page loop between step 6 and step 7 forever",
    "the SNAP recertification form page 3 is missing the question about rent",
    "WIC office hours on the website say 8 to 5 but they close at 4",
    "Medicaid renewal letter due date April 30, website say no renewal needed, which one",
    "Part D plan finder show 43 plans, too many, please show simple comparison",
    "Medicare.gov compare tool say my pharmacy is out of network but it is CVS",
    "the Open Enrollment period is Oct 15 to Dec 7 but the page say Nov 1, please fix",
    "the premium in the letter is $174.70 but the online account show $185.00",
    "How do I download the 1095-B? the button is not there",
    "Extra Help application stop at 60% and never continue",
    "My Social Security statement show earnings 0 for 1987, I worked that year",
    "the retirement calculator say age 67 but I was born before the change",
    "COLA increase 3.2% not showing in my payment",
    "the SSA-1099 for 2024 is blank when I download",
    "I need the form SSA-44 but the link go to SSA-4 instead",
    "Passport renewal online is not available for me because my passport is from 2009, why?",
    "DS-82 form print 2 pages instead of 4",
    "the passport photo tool say 'face not detected' in every photo, I am not a ghost",
    "Processing time say 6-8 weeks, it has been 14 weeks",
    "Expedite fee $60 paid but still routine service showing",
    "the National Passport Information Center chat is not working in spanish",
    "the passport agency in San Francisco had no appointments for 2 months",
    "Global Entry interview at the airport, the schedule page is empty",
    "TSA PreCheck renewal take my money $78 and say incomplete",
    "REAL ID deadline May 7, 2025, is it real or they change again?",
    "the DMV list of documents say utility bill, but mine is electronic, ok?",
    "the census form ask how many people live here on April 1, my son was in hospital that day",
    "Selective Service registration page say I am too old, I am registering my grandson",
    "the Veterans Crisis Line number is not visible on mobile, only a gray box",
    "The post office on Dr. Martin Luther King Jr. Blvd closed early again",
    "The job posting GS-0303-07 close date is wrong, it say closed but the date is next week",
    "USAJOBS resume builder erase my work history after I save",
    "I applied for job announcement 24-ABC-1234 and never got email",
    "the FEMA application number field want 9 digit, my letter show 10",
    "After the hurricane I tried the disaster assistance form 4 times, it never finish",
    "SBA loan portal say document 2 of 5 missing but I uploaded all",
    "The Small Business page link to 'Form 413' give access denied",
    "My HUD housing voucher renewal page error 'record locked'",
    "Section 8 waiting list open only 3 days, the site crash day one",
    "the LIHEAP energy assistance page say funds exhausted in February",
    "the unemployment claim week ending 03/15 show as not paid",
    "Weekly certification page say 'system maintenance' every Sunday night",
    "The mortgage relief page say income limit 150% of area median, what is area median?",
    "There are 3 different fee amounts on 3 pages: $675, $710, and $760",
    "Search box find nothing when I type 'green card', but find when I type 'permanent resident'",
    "Accessibility: the screen reader read the buttons as 'button button button'",
    "the video on the homepage has no captions, I am hard of hearing",
    "there is no way to zoom on the map of offices",
    "I want to give compliment to the office in Houston, quick and polite",
    "Thank you for making the form in Chinese, very helpful for my parents",
    "El sitio en español está muy bien hecho, gracias",
    "谢谢，这次网站很好用。",
    "Cảm ơn, trang web dễ sử dụng hơn trước.",
    "감사합니다. 이번에는 쉽게 신청했어요.",
    "Salamat, mas madali na ngayon.",
    "Спасибо, сайт стал намного удобнее.",
    "شكرا، الموقع أصبح أسهل",
    "Merci, c'est beaucoup plus clair maintenant.",
    "Mèsi anpil, sit la pi fasil kounye a.",
    "Obrigada, ficou muito mais fácil.",
    "the survey popup come every page, 6 times I close it",
    "The 'Save and continue later' link lost my draft after 3 days",
    "it say the draft will be kept 30 days but it was gone after 10",
    "I need help with question 9 part B about previous addresses, how many years back?",
    "the checklist say bring original birth certificate, can I bring certified copy?",
    "The fee waiver form I-912 ask income for household of 4, table is from 2022",
    "the poverty guidelines table show $31,200 for 4 people but that is old",
    "Biometrics appointment notice for 8:00 AM on 11/02, I was there and the door closed",
    "my interview was rescheduled 3 times, the last notice came after the date",
    "Ask a question about form G-1145, do I need it if I have online account?",
    "What is the difference between form I-864 and I-864A? page does not explain",
    "The AR-11 change of address confirmation never came",
    "Case status page say 'Card was mailed' 5 weeks ago, no card",
    "Receipt number MSC2290012345 not recognized by the status tool",
    "WAC2190054321 and LIN2312345678 both my cases, only one show in account",
    "The ticket number SR-2024-118830 I got from chat, nobody follow up",
    "the order number 000-1144-88 for the flag from the Capitol, not delivered",
    "I bought the America the Beautiful pass, $80, the digital pass not arrive",
    "the Senior pass is $80 lifetime or $20 annual, the page say both, confusing",
    "the Library of Congress reading room reservation not working",
    "National Archives request for military record, reference NA-13 form, status unknown",
    "Please put the Arlington National Cemetery visitor map in printable size",
    "The Martin Luther King Jr. Memorial page has broken pictures",
    "Roosevelt Island ferry schedule is not the National Park one, please remove the link",
    "I am trying to pay the $35 execution fee online and there is no option",
    "Fee for certified copy is $20, page says $15 in another place",
    "Payment was declined with code 05, I called my bank and they say nothing blocked",
    "the receipt say transaction ID TX-88213-ZQ but the system say no payment",
    "Pay.gov timeout after selecting the agency, 3 tries",
    "There was a charge of $2.50 service fee not mentioned before",
    "I used Apple Pay and it did not work, only cards",
    "The maintenance window is 11 PM to 5 AM Eastern, I work nights so I can never use it",
    "it is 2025 and this site does not work on a phone",
    "the timeout warning appear at 2 minutes left but I cannot click 'extend'",
    "The error say 'Invalid input in field 12' but there is no field number on the page",
    "I think page 5 and page 6 are the same questions repeated",
    "the yes/no radio button select both at the same time",
    "the drop down for country have 'Viet Nam' and 'Vietnam' two times",
    "Burma or Myanmar? my documents say one and your list say the other",
    "Taiwan is not in the country list for place of birth",
    "Haiti is listed two times in the dropdown",
    "my county is not in the list, Miami-Dade show as Dade only",
    "In the state list Puerto Rico is missing",
    "The territories like Guam and American Samoa are not accepted for residence",
    "Please translate the letters to Somali and Amharic, many in our community",
    "our church group help 25 refugee families and all have same problem with step 4",
    "The community center in Little Saigon need flyers in Vietnamese about the new rules",
    "the Chinatown library has 4 computers and all are too old for your site",
    "As a volunteer at the senior center I see 10 people a week stuck on this page",
    "Error 'ERR_CONNECTION_RESET' only on your site",
    "SSL certificate warning appeared today on the forms page",
    "my antivirus say the pdf I-134 has a threat, is it safe?",
    "Download keeps failing at 99%",
    "The zip file of instructions is corrupted",
    "The 'Español' toggle switch back to English after every page",
    "I select Chinese Traditional and get Simplified",
    "The Korean page has English error messages",
    "Can not paste in the confirm field, I have to type all again",
    "The date field want MM/DD/YYYY but the example show DD/MM/YYYY",
    "Please let me use my keyboard, the mouse is hard with my arthritis",
    "Tab key jump to the footer instead of next field",
    "I wrote 2,000 characters and it cut at 500 without warning",
    "the 'Other' box only allow 50 characters, not enough to explain",
    "question 22 about employment for last 5 years, I am retired 15 years, what to put",
    "no option for 'widowed' in marital status, only single married divorced",
    "the household size dropdown stop at 8, we are 11",
    "the income field does not accept cents, it says .00 is invalid",
    "when I put 1,250 with comma it say invalid, without comma it works",
    "the percentage field accept 150%? that cannot be right",
    "It counts 31 days in April in the date picker",
    "the countdown say 0 days left but the deadline is tomorrow",
    "the deadline on the site is 11:59 PM but Eastern or Pacific? I am in Alaska",
    "the office in Anchorage is listed with the Seattle hours",
    "Hawaii time zone not supported in appointment scheduler",
    "From Puerto Rico the site load very slow, 2 minutes every page",
    "The San Juan field office page is only english",
    "Our tribe office need the form for tribal enrollment documents to be accepted",
    "the Navajo Nation chapter house has no internet, please keep paper option",
    "We are in rural area, the nearest office is 180 miles away",
    "the mobile office visit schedule for June is not posted",
    "Can I bring my own interpreter or do you provide one? the page say both",
    "The interpreter request form submit fail with code 422",
    "my letter from 2/14 say respond in 87 days, what happen if I am late one day",
    "I got two letters, one say approved and one say denied, same day",
    "The notice date is 01/05/2025 but postmark 01/20/2025",
    "The envelope was empty, only the window part, please resend",
    "the barcode on the notice is cut off in the print",
    "On the PDF the checkboxes do not print",
    "I printed page 3 and it is blank except the header",
    "The instructions say 'see page 12' but there are only 10 pages",
    "Lincoln Park field office moved? the address on the map is old",
    "The Kennedy Space Center visitor info link takes to a private site",
    "Fort Bragg renamed Fort Liberty and renamed again, which name for the form?",
    "The JFK airport CBP office hours on the website are wrong",
    "Reagan National airport TSA line time tool show 0 minutes always",
    "Dulles and BWI both missing from the airport list",
    "George Bush Intercontinental is listed as IAH only, hard to find",
    "Washington Dulles International Airport lost and found page not working",
    "the Wilson Bridge closure notice should be on the home page",
    "The Carter Center is not a government office but it is on your list of resources",
    "Roosevelt Room tour? the White House tour page is confusing",
    "I completed step 1 (account), step 2 (identity), and now step 3 is locked",
    "the progress bar say 80% but there are still 5 pages",
    "my score in the citizenship practice test say 9 of 10 but I answered all right",
    "The civics test app does not read questions aloud anymore after update 4.1",
    "100 civics questions PDF is the 2008 version, please update",
    "the English reading test vocabulary list is missing the word 'Congress'",
    "Flag Day June 14 is not on the holiday list but the page say it is",
    "the ceremony on July 4th at Monticello registration full in one hour",
    "oath ceremony at Faneuil Hall, what time should we arrive?",
    "The naturalization ceremony was moved from 9 AM to 1 PM, no one told us",
    "Can family members attend the oath ceremony? How many guests?",
    "Parking at the federal building costs $18 per hour, please tell people",
    "the office has 2 elevators and both broken, old people had to walk 4 floors",
    "the waiting room chairs are not enough, 50 people standing",
    "security at the entrance take 40 minutes, please open second line",
    "Do I need to bring my cellphone? Last time they made me leave it outside",
    "no water fountain in the waiting room, it is 95 degrees",
    "the sign language interpreter did not come to my appointment at 2 PM",
    "Braille version of the notice please",
    "Audio version of the handbook link broken",
    "the 'Contact us' form send me back to the homepage without message",
    "The feedback button is hidden at the bottom, very hard to find",
    "Why I need to create account just to read the instructions?",
    "you ask me to rate 1 to 5, I give 2, the site is slow but the people are nice",
    "rating: 4 stars, the chat helped but took 35 minutes",
    "My grade for this website is C minus",
    "overall ok but step 4 is too confusing, I had to ask my neighbor",
    "please make the session longer than 20 minutes for seniors",
    "I was on hold for 1 hour 40 min, then the call dropped, then the website crashed",
    "Last year this worked fine, this year everything is different",
    "Who decided to change the whole website in the middle of tax season?",
    "Forms on this website need Adobe Reader version 11 or later but it is not free on my computer",
    "The Thurgood Marshall courthouse visitor rules page not loading",
    "the Frances Perkins Building directions are for the wrong entrance",
    "The Wilbur J. Cohen building shuttle schedule link is broken",
    "the Robert C. Byrd courthouse jury duty page error 502",
    "Jury duty questionnaire timed out at question 38 of 40",
    "The juror number field say 6 digits but my summons show 8 characters",
    "I cannot serve jury duty because I am 80, where to check that box",
    "The bankruptcy court forms page list form B 122A-1 twice",
    "Small claims limit say $12,500 on one page and $10,000 on another",
    "Please explain 'Adjusted Gross Income' in simple words, line 11 of the 1040",
    "Standard deduction for over 65 is it $1,950 extra or $1,550? two pages say different",
    "Free File program list show 8 companies, 3 links broken",
    "VITA tax help site locator show a site that closed 2 years ago",
    "the Earned Income Credit assistant ask my age 3 times",
    "Child Tax Credit page still show 2021 advance payments info",
    "the recovery rebate credit page is confusing, is it still available?",
    "Direct Pay option say unavailable after 8 PM",
    "My payment plan setup fee is $22 online or $178 by mail? big difference",
    "the notice CP2000 response page ask for documents that I already sent",
    "Notice CP14 say balance due $0.00, why send it?",
    "The transcript request say 'not available' for tax year 2022",
    "I-9 form employer asked for List A document, the website list is different than the form",
    "E-Verify case result 'tentative nonconfirmation', the page to contest does not load",
    "The H-1B registration period March 1-18, the site was down March 1",
    "OPT application I-765 category (c)(3)(B), the dropdown do not include it",
    "SEVIS fee $350 paid twice, refund page not working",
    "the I-20 form instructions link point to old site",
    "Visa Bulletin for May 2025 show date 01JAN19 for F4 Philippines, what does it mean",
    "NVC case number format IOE... or three letters? page does not explain",
    "The priority date field does not accept dates before 2000",
    "DS-260 keep saying 'unexpected error' at the address history section",
    "The consulate in Manila appointment page shows only in English",
    "Embassy in Santo Domingo schedule not available for 6 months",
    "Visa fee $185 or $205? The embassy page and your page differ",
    "the CEAC status page say 'Administrative Processing' for 9 months",
    "Please tell me what document '221(g)' means in simple language",
]
