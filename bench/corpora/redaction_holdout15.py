# ruff: noqa: RUF001
"""Fifteenth held-out corpus for personal-data redaction in free-text feedback comments.

The comments imitate what people type into the feedback widget on US government websites,
the way people type into a chat box or answer a text message: chatty, usually a few sentences
telling what went wrong, with the personal data dropped into the middle of the story. The corpus
was written without seeing the redaction rules (and without reading the earlier corpora) and must
not be used to tune them: it exists only to measure them.

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
        (
            "I keep getting 'record not found' when I type my A-Number in the change of address "
            "form. its A204-118-337 and I copied it straight off my green card, tried with and "
            "without the dashes."
        ),
        ["A204-118-337"],
    ),
    (
        "a_number",
        (
            "my alien number is A 076 554 219 but the box only lets me put 9 characters so it "
            "cuts off the last digit?? what am I supposed to do, leave out the A?"
        ),
        ["A 076 554 219"],
    ),
    (
        "a_number",
        (
            "Case status page says the A# doesn't match my receipt. For the record I entered "
            "A212345098 (that's what's printed on my EAD card). Please fix, I have a biometrics "
            "appointment next week and I'm worried."
        ),
        ["A212345098"],
    ),
    (
        "a_number",
        (
            "hola, intenté actualizar mi dirección pero el sistema no acepta mi número A. Es "
            "A-098-765-432, lo copié de la tarjeta. Gracias por la ayuda"
        ),
        ["A-098-765-432"],
    ),
    (
        "a_number",
        (
            "my mom's green card says USCIS# 203-887-415 and the form wants an A number, is that "
            "the same thing? so she'd be A203887415 with the A in front? nobody explains this"
        ),
        ["203-887-415", "A203887415"],
    ),
    (
        "a_number",
        (
            "Filing the I-765 renewal online and at step 4 it rejects my A-number a87654321 (8 "
            "digits, older card). The help text says add a zero in front so I tried a087654321 "
            "too. Neither works."
        ),
        ["a87654321", "a087654321"],
    ),
    (
        "a_number",
        (
            "alien reg no. A–215–334–906 (from my I-797 notice)... the portal says invalid "
            "format. I didn't type anything weird, just copied and pasted it from the PDF"
        ),
        ["A–215–334–906"],
    ),
    (
        "a_number",
        (
            "Hi, my son's A number is A 2 1 0 9 8 7 6 5 4 sorry the form puts each digit in its "
            "own little box and it messed up the spacing when I pasted. Can someone link his "
            "case to my account?"
        ),
        ["A 2 1 0 9 8 7 6 5 4"],
    ),
    (
        "a_number",
        (
            "我在网上填写地址变更表格时，系统一直说我的A号码无效。我的号码是A201556873，"
            "绿卡上就是这样写的，请帮忙查一下。"
        ),
        ["A201556873"],
    ),
    (
        "a_number",
        "Anumber:A099001234 -- entered it 3 times, the page just reloads and clears everything",
        ["A099001234"],
    ),
    (
        "a_number",
        (
            "Submitting a FOIA request for my late father's immigration file. His alien "
            "registration number was A11 223 344 (an old one, only 8 digits). The dropdown "
            "won't let me choose 'deceased' for the subject though."
        ),
        ["A11 223 344"],
    ),
    (
        "a_number",
        (
            "A# 209 443 871\nthat's mine. the lockbox letter had it printed wrong, maybe that's "
            "why my filing fee payment bounced?? who do I contact"
        ),
        ["209 443 871"],
    ),
    (
        "a_number",
        (
            "Mi esposo no puede entrar a su cuenta. Su número de extranjero es A-216-009-775 y "
            "le sale que ya existe otra cuenta con ese número. ¿Lo pueden desbloquear? Él no "
            "habla inglés."
        ),
        ["A-216-009-775"],
    ),
    (
        "a_number",
        (
            "Tried the e-Request for a card that never arrived. A number A 201-993-456, receipt "
            "IOE0918273645. Submitted on the 3rd and nobody has answered."
        ),
        ["A 201-993-456"],
    ),
    (
        "a_number",
        ("Tôi không thể cập nhật địa chỉ trên trang web. Số A của tôi là A208 771 093. Xin giúp đỡ, cảm ơn."),
        ["A208 771 093"],
    ),
    (
        "a_number",
        (
            "My old green card from 1998 has an 8 digit number, A89 123 456, and the new system "
            "wants 9. do I put a 0 in front or at the end? nothing on the page says"
        ),
        ["A89 123 456"],
    ),
    (
        "a_number",
        (
            "I'm a paralegal filing for a client. beneficiary alien number A-204.667.319 and the "
            "G-28 upload keeps failing at 99%. Chrome and Edge both."
        ),
        ["A-204.667.319"],
    ),
    (
        "a_number",
        (
            "외국인 등록번호 A 214 558 902 를 입력했는데 계속 오류가 납니다. 대시를 넣어도 "
            "안 되고 빼도 안 돼요."
        ),
        ["A 214 558 902"],
    ),
    (
        "a_number",
        (
            "can someone tell me why it says my A number A2O7334512 is wrong. I checked it "
            "against the card like five times"
        ),
        ["A2O7334512"],
    ),
    (
        "a_number",
        (
            "the reentry permit form wants my alien #, it's 211908774 but there's no A on my "
            "paper, the old I-551 just has the digits. Is the form broken or is my card wrong?"
        ),
        ["211908774"],
    ),
    (
        "a_number",
        ("Hindi ko ma-access ang case ko online. Ang A-number ko po ay A-205-443-118, salamat po sa tulong."),
        ["A-205-443-118"],
    ),
    (
        "a_number",
        (
            "USCIS online account number and A number are different right?? I put A 219\u00a0004 563 "
            "in the wrong box and now the account is locked for 24 hours"
        ),
        ["A 219\u00a0004 563"],
    ),
    (
        "a_number",
        (
            "Card info:\nA#\nA207118290\nCategory C09\nThe card says expires 2026 but the "
            "website says my work permit expired already"
        ),
        ["A207118290"],
    ),
    (
        "a_number",
        (
            "Не могу обновить адрес на сайте. Мой регистрационный номер A 201 334 987, сайт "
            "пишет ошибку 500 после нажатия кнопки."
        ),
        ["A 201 334 987"],
    ),
    (
        "a_number",
        (
            "Re: my daughter's I-90. Her A # is a-213-665-408 (lowercase a ok?) and she's under "
            "14 so I'm the one filing for her, but the login only lets adults sign"
        ),
        ["a-213-665-408"],
    ),
    # address
    (
        "address",
        (
            "I moved last month and updated my address online to 4417 W Fullerton Ave Apt 2B, "
            "Chicago but the renewal letter still went to the old place. What's the point of "
            "the online form then"
        ),
        ["4417 W Fullerton Ave Apt 2B"],
    ),
    (
        "address",
        (
            "the address validation keeps changing 1209 N. Sycamore St. #14 to 'Sycamore Ct' "
            "which is a different street on the other side of town!!"
        ),
        ["1209 N. Sycamore St. #14"],
    ),
    (
        "address",
        (
            "Vivo en 238 Calle Luna, Apt 3, San Juan PR 00907 y el formulario no acepta la "
            "dirección porque dice que no es de Estados Unidos. Puerto Rico sí es EE.UU."
        ),
        ["238 Calle Luna, Apt 3"],
    ),
    (
        "address",
        (
            "Please send the replacement card to my mother's house instead: 77 Pinecrest Drive, "
            "Dover DE. She's staying with me part of the year and I handle her mail."
        ),
        ["77 Pinecrest Drive"],
    ),
    (
        "address",
        (
            "PO boxes aren't allowed so I put my physical address, 16 Old Mill Rd, but the page "
            "says it cannot be verified. It's rural, it used to be RR 2 Box 118 until the county "
            "renumbered everything."
        ),
        ["16 Old Mill Rd", "RR 2 Box 118"],
    ),
    (
        "address",
        (
            "mailing address is 5530 south kenwood avenue unit 1 and the site keeps capitalizing "
            "it weird and then saying invalid address"
        ),
        ["5530 south kenwood avenue unit 1"],
    ),
    (
        "address",
        (
            "我的新地址是 902 Grant Ave, San Francisco 三楼。网站不接受中文，所以我用英文写了，"
            "但还是显示错误。"
        ),
        ["902 Grant Ave"],
    ),
    (
        "address",
        (
            "We're at 3100-B Martin Luther King Jr Blvd (yes that's the real street name) and "
            "the USPS check on your form says not found. Tried MLK Blvd too."
        ),
        ["3100-B Martin Luther King Jr Blvd"],
    ),
    (
        "address",
        (
            "Change of address: from 18 Juniper Ln to 240 E 86th St Apt 5F New York NY 10028. "
            "The old one still shows on my profile after a week."
        ),
        ["18 Juniper Ln", "240 E 86th St Apt 5F"],
    ),
    (
        "address",
        (
            "my son is away at college, his address for the FAFSA stuff would be 1147 College "
            "Heights Road, Room 312. does that count as his permanent address or do we use ours?"
        ),
        ["1147 College Heights Road, Room 312"],
    ),
    (
        "address",
        (
            "Địa chỉ của tôi là 8821 Bolsa Ave Spc 45, Westminster CA. Hệ thống nói địa chỉ "
            "không hợp lệ vì có chữ 'Spc'. Nhà di động thì phải ghi sao?"
        ),
        ["8821 Bolsa Ave Spc 45"],
    ),
    (
        "address",
        (
            "The form split my address wrong: line 1 became '614 Kentucky Ave SE' and line 2 "
            "became 'Ste 3' but it's my home, it's apartment 3 not a suite."
        ),
        ["614 Kentucky Ave SE"],
    ),
    (
        "address",
        (
            "I live at 12 1/2 Water Street (the 1/2 is real, it's a back house) and the box "
            "won't take a slash. What do I do?"
        ),
        ["12 1/2 Water Street"],
    ),
    (
        "address",
        (
            "Address line: N6702 County Road QQ, Sheboygan Falls. Wisconsin grid addresses "
            "always break your form, please test with them."
        ),
        ["N6702 County Road QQ"],
    ),
    (
        "address",
        (
            "주소를 변경하려고 하는데 3450 Wilshire Blvd Apt 1207 가 계속 거부됩니다. "
            "아파트 번호를 따로 쓰는 칸도 없어요."
        ),
        ["3450 Wilshire Blvd Apt 1207"],
    ),
    (
        "address",
        (
            "hawaii addresses have a hyphen. mine is 94-1040 Kahuanui St, Waipahu and your form "
            "strips it to 941040 which the post office won't deliver to"
        ),
        ["94-1040 Kahuanui St"],
    ),
    (
        "address",
        (
            "Queens addresses have hyphens too, mine is 41-22 162nd Street, Flushing and it "
            "turns into 4122 162nd Street which doesn't exist"
        ),
        ["41-22 162nd Street"],
    ),
    (
        "address",
        (
            "the free test kits went to 55 Harrison Pl but I live at 55 Harrison St Fl 2. "
            "autocomplete picked the wrong one and there was no way to go back and edit."
        ),
        ["55 Harrison Pl", "55 Harrison St Fl 2"],
    ),
    (
        "address",
        (
            "Texas farm-to-market roads: 10422 FM 1960 Rd W, Houston. The 'FM' part confuses "
            "your validator and it suggests 'Fm St' instead."
        ),
        ["10422 FM 1960 Rd W"],
    ),
    (
        "address",
        (
            "Nakatira po ako sa 1520 Lakeview Terr. #B, Daly City. Hindi tinatanggap ng form ang "
            "'#B', ano po ang ilalagay ko?"
        ),
        ["1520 Lakeview Terr. #B"],
    ),
    (
        "address",
        (
            "the return address on my tax return was 309 oak hollow ct and the refund check "
            "still went somewhere else. how is that possible"
        ),
        ["309 oak hollow ct"],
    ),
    (
        "address",
        (
            "Adrès mwen se 1866 NE 164th Ter, North Miami. Sistèm nan pa vle aksepte li, li di "
            "adrès la pa egziste. Tanpri ede m."
        ),
        ["1866 NE 164th Ter"],
    ),
    (
        "address",
        (
            "my grandma needs the meals program delivered to 7 Birch Way, Lot 22 (it's a mobile "
            "home park) and the form says Lot isn't a valid unit type"
        ),
        ["7 Birch Way, Lot 22"],
    ),
    (
        "address",
        (
            "When I paste my address:\n\nCurrent address\n2250 Peachtree Rd NW\nApt 1104\n"
            "Atlanta GA 30309\n\nit only saves the first line and drops the apartment"
        ),
        ["2250 Peachtree Rd NW"],
    ),
    (
        "address",
        (
            "Cambié mi dirección a 4015 Avenida Cesar Chavez, Los Angeles, pero me siguen "
            "llegando las cartas a la antigua, 118 S Soto St. Ya van dos meses."
        ),
        ["4015 Avenida Cesar Chavez", "118 S Soto St"],
    ),
    # bank
    (
        "bank",
        (
            "Direct deposit form rejected my routing number 021000021 even though it's Chase, I "
            "checked on their site. account is 483920177, checking."
        ),
        ["021000021", "483920177"],
    ),
    (
        "bank",
        (
            "I changed banks for my SSA payments. new acct # 0012 3345 6789, routing "
            "122105155. the old account is already closed so please hurry"
        ),
        ["0012 3345 6789", "122105155"],
    ),
    (
        "bank",
        (
            "Quiero cambiar mi depósito directo. Número de ruta: 111000025, número de cuenta: "
            "5590 2231 87. Me da error en la página cada vez."
        ),
        ["111000025", "5590 2231 87"],
    ),
    (
        "bank",
        (
            "the refund went to the wrong account because I typed 7765432109 instead of "
            "7765432190 on the direct deposit screen. There was no confirm step!! Can it be "
            "recalled?"
        ),
        ["7765432109", "7765432190"],
    ),
    (
        "bank",
        (
            "ABA 256074974 acct 1029384756 -- it's Navy Federal. The treasury site says 'invalid "
            "RTN' but that's the number on my checks."
        ),
        ["256074974", "1029384756"],
    ),
    (
        "bank",
        (
            "my checking: RTN#031176110 / DDA#8830012245. please put it on file, the online "
            "form logs me out before I can save"
        ),
        ["031176110", "8830012245"],
    ),
    (
        "bank",
        (
            "Paying my estimated tax by bank draft. The account type dropdown doesn't work so "
            "here's the whole thing: account 4401-2278-93 routing 071000013, it's checking."
        ),
        ["4401-2278-93", "071000013"],
    ),
    (
        "bank",
        ("我的银行账户号码是 6623018845，路由号码 322271627。退税一直没有到账，网站上显示已经寄出了。"),
        ["6623018845", "322271627"],
    ),
    (
        "bank",
        (
            "Can you confirm the deposit goes to my account at Wells? full number is "
            "000123894471 (routing 121000248). The page only shows the last four."
        ),
        ["000123894471", "121000248"],
    ),
    (
        "bank",
        (
            "I closed my old savings account so please don't send the payment there. New one "
            "below\nRouting: 053000196\nAccount: 2049 5583 0012\nthanks"
        ),
        ["053000196", "2049 5583 0012"],
    ),
    (
        "bank",
        (
            "pls update bank info for my mother's survivor benefits -- her credit union acct is "
            "77120034, routing 267084131. she can't do the online thing herself"
        ),
        ["77120034", "267084131"],
    ),
    (
        "bank",
        (
            "Số tài khoản ngân hàng của tôi là 9912 3304 5567, số định tuyến 061000104. Tôi "
            "vẫn chưa nhận được tiền hoàn thuế."
        ),
        ["9912 3304 5567", "061000104"],
    ),
    (
        "bank",
        (
            "Routing # 0 2 6 0 0 9 5 9 3 (BofA) -- the field splits into boxes and the cursor "
            "jumps around. Account 3251 1098 7654. Please fix the boxes."
        ),
        ["0 2 6 0 0 9 5 9 3", "3251 1098 7654"],
    ),
    (
        "bank",
        (
            "I entered 091000019 as routing and 1602 887 231 as account and got 'error R03 no "
            "account/unable to locate'. The bank says the account is fine."
        ),
        ["091000019", "1602 887 231"],
    ),
    (
        "bank",
        (
            "IBAN for my pension abroad is DE89 3704 0044 0532 0130 00 -- the form only "
            "accepts US routing numbers. How do I get paid in Germany?"
        ),
        ["DE89 3704 0044 0532 0130 00"],
    ),
    (
        "bank",
        (
            "Recibo mi pensión en México, mi CLABE es 032180000118359719 pero el formulario "
            "solo acepta números de bancos de EE.UU. ¿Hay otra forma?"
        ),
        ["032180000118359719"],
    ),
    (
        "bank",
        (
            "acct no 44-0098-1275-3 at the credit union, their routing number is 325081403. "
            "The form says 17 digits max which it is, so why the error?"
        ),
        ["44-0098-1275-3", "325081403"],
    ),
    (
        "bank",
        (
            "My son set up the direct deposit for me and I don't know if he put in the right "
            "numbers. It should be routing 044000037 account 0987 6543 21. Can you check what's "
            "on file?"
        ),
        ["044000037", "0987 6543 21"],
    ),
    (
        "bank",
        (
            "환급 계좌를 바꾸고 싶어요. 라우팅 번호 026009593, 계좌번호 4829 1033 7756 "
            "입니다. 저장 버튼을 누르면 아무 일도 안 일어나요."
        ),
        ["026009593", "4829 1033 7756"],
    ),
    (
        "bank",
        (
            "bank acct 000987123456\nrouting 102001017\n(first national). typed them twice "
            "and it says they don't match even though they do"
        ),
        ["000987123456", "102001017"],
    ),
    (
        "bank",
        (
            "Pay.gov pulled from account 5521783390 twice for the same $85 fee on the 14th. I "
            "want one of them refunded please."
        ),
        ["5521783390"],
    ),
    (
        "bank",
        (
            "The voided check upload comes out blurry so here it is typed: RT 113000023 ACCT "
            "21-4477-9920. Hope that's enough."
        ),
        ["113000023", "21-4477-9920"],
    ),
    (
        "bank",
        (
            "Pakipalitan po ang bank account ko, ang bagong account number ay 3098 4412 7765 "
            "at routing 063100277. Salamat po."
        ),
        ["3098 4412 7765", "063100277"],
    ),
    (
        "bank",
        (
            "account\u00a0no. 1200448876, routing 011000015. I'm the account holder, it's a "
            "joint account with my wife, does she need to sign something too?"
        ),
        ["1200448876", "011000015"],
    ),
    (
        "bank",
        (
            "Je voudrais mettre à jour mes coordonnées bancaires pour ma retraite : compte "
            "7340 2219 8861, routing 081000032. Le site refuse sans explication."
        ),
        ["7340 2219 8861", "081000032"],
    ),
    # card
    (
        "card",
        (
            "Payment failed for the passport renewal fee. Card 4111 1111 1111 1111, tried twice "
            "and got 'transaction declined' but my bank shows two pending charges now."
        ),
        ["4111 1111 1111 1111"],
    ),
    (
        "card",
        (
            "visa 4012888888881881 declined at the very last step of the I-130 fee payment. "
            "Called my bank, they say there's no block on their side."
        ),
        ["4012888888881881"],
    ),
    (
        "card",
        (
            "Intenté pagar con mi tarjeta 5555-5555-5555-4444 y me dice que el número no es "
            "válido. Es una Mastercard de débito, funciona en todos lados."
        ),
        ["5555-5555-5555-4444"],
    ),
    (
        "card",
        (
            "amex 3782 822463 10005 doesn't work because the box only allows 16 digits!! amex "
            "cards have 15, please fix the validation"
        ),
        ["3782 822463 10005"],
    ),
    (
        "card",
        (
            "I paid the park pass with my husband's card 5105 1051 0510 5100 by mistake, can it "
            "be moved to mine instead? mine is 4242 4242 4242 4242. Same name on both."
        ),
        ["5105 1051 0510 5100", "4242 4242 4242 4242"],
    ),
    (
        "card",
        (
            "Discover 6011-1111-1111-1117 not accepted?? The page literally says Visa/MC/Amex/"
            "Discover at the bottom."
        ),
        ["6011-1111-1111-1117"],
    ),
    (
        "card",
        ("用信用卡 3530 1113 3330 0000 付款时页面卡住了，不知道有没有扣款。JCB卡可以用吗？页面上没有写。"),
        ["3530 1113 3330 0000"],
    ),
    (
        "card",
        (
            "card number: 4000 0566 5566 5556\nexpiration is fine, not expired\nit keeps saying "
            "'card number invalid' right after I tab out of the field"
        ),
        ["4000 0566 5566 5556"],
    ),
    (
        "card",
        (
            "My mom's card 6011000990139424 got charged $130 for a replacement certificate she "
            "never ordered on your site. She's 84 and doesn't use computers."
        ),
        ["6011000990139424"],
    ),
    (
        "card",
        (
            "Card # 5200 8282 8282 8210 (debit). I get error 3DS-FAIL when the bank popup closes, "
            "then the form says the payment wasn't made but it was."
        ),
        ["5200 8282 8282 8210"],
    ),
    (
        "card",
        (
            "Is Diners Club supported? I typed 3056 930902 5904 and the form just spins forever, "
            "no error, no nothing"
        ),
        ["3056 930902 5904"],
    ),
    (
        "card",
        (
            "Tôi đã thanh toán lệ phí bằng thẻ 4000 0025 0000 3155 nhưng trang web báo lỗi và "
            "tôi bị trừ tiền hai lần."
        ),
        ["4000 0025 0000 3155"],
    ),
    (
        "card",
        (
            "charged twice on 2223003122003222 for the same annual park pass ($80 each). "
            "confirmation only came for one of them"
        ),
        ["2223003122003222"],
    ),
    (
        "card",
        ("카드번호 3566 0020 2036 0505 로 결제했는데 영수증이 안 와요. 결제는 됐는지 확인 부탁드립니다."),
        ["3566 0020 2036 0505"],
    ),
    (
        "card",
        (
            "tried my other card too, 5454545454545454, same problem, so it's your site not my "
            "cards. Please stop telling people to call their bank."
        ),
        ["5454545454545454"],
    ),
    (
        "card",
        (
            "the duplicate charge was on my amex ending 8431... ok whole thing so you can find "
            "it: 3714 496353 98431. Refund the second one please."
        ),
        ["3714 496353 98431"],
    ),
    (
        "card",
        (
            "I typed 6200 0000 0000 0005 (UnionPay) and the site says 'card type not supported' "
            "but doesn't list which types ARE supported"
        ),
        ["6200 0000 0000 0005"],
    ),
    (
        "card",
        (
            "copied my card number from the banking app and it pasted as "
            "4917\u200b6100\u200b0000\u200b0000 and now the field says invalid characters. "
            "I can't see any invalid characters!"
        ),
        ["4917\u200b6100\u200b0000\u200b0000"],
    ),
    (
        "card",
        (
            "Nagbayad po ako gamit ang card 5431 1111 1111 1111 pero walang confirmation na "
            "dumating sa email ko. Nabawasan na po ang pera ko."
        ),
        ["5431 1111 1111 1111"],
    ),
    (
        "card",
        (
            "Reserved a campsite for July and paid with 4005 5500 0000 0001, but the reservation "
            "disappeared from my account and the charge is still there."
        ),
        ["4005 5500 0000 0001"],
    ),
    (
        "card",
        ("Оплатил пошлину картой 2222 4000 7000 0005, деньги списали, а в статусе до сих пор 'не оплачено'."),
        ["2222 4000 7000 0005"],
    ),
    (
        "card",
        (
            "378734493671000 is my amex, the security code field wants 3 digits but amex has 4 "
            "on the front. so I can't pay at all"
        ),
        ["378734493671000"],
    ),
    (
        "card",
        (
            "Card:4000-0000-0000-0077 -- it's the card I always use for this. the 'save card "
            "for next time' checkbox doesn't actually save it"
        ),
        ["4000-0000-0000-0077"],
    ),
    (
        "card",
        (
            "Tentei pagar com o cartão 5425 2334 3010 9903 e deu erro 'transação recusada'. O "
            "banco diz que está tudo certo com o cartão."
        ),
        ["5425 2334 3010 9903"],
    ),
    (
        "card",
        (
            "The payment page echoed my full card number 4263 9826 4026 9299 back in the "
            "confirmation email. That seems like a security problem??"
        ),
        ["4263 9826 4026 9299"],
    ),
    # dob
    (
        "dob",
        (
            "The form says I'm under 18 but my DOB is 03/14/1987. I think it's reading it as "
            "day/month or something because it's fine on the other page."
        ),
        ["03/14/1987"],
    ),
    (
        "dob",
        (
            "I was born March 4th, 1962 and the calendar widget only goes back to 1970 so I "
            "literally can't pick my birthday. Typing it doesn't work either."
        ),
        ["March 4th, 1962"],
    ),
    (
        "dob",
        (
            "Mi fecha de nacimiento es 12/05/1990 (5 de diciembre) y el sistema la cambió a "
            "mayo. Ahora no coincide con mi pasaporte."
        ),
        ["12/05/1990"],
    ),
    (
        "dob",
        "d.o.b. 1979-11-02 ... error: 'date must be in MM/DD/YYYY'. just accept ISO dates please",
        ["1979-11-02"],
    ),
    (
        "dob",
        ("my birthday is 7-23-85 and the age check says I'm 139 years old lol. it must think 85 means 1885"),
        ["7-23-85"],
    ),
    (
        "dob",
        (
            "My son is the applicant, he was born 2/9/2001, and the page keeps treating him like "
            "a minor and asking for a parent signature."
        ),
        ["2/9/2001"],
    ),
    (
        "dob",
        ("我的出生日期是1985年6月12日，但是网站显示成12月6日。请修改一下日期格式。"),
        ["1985年6月12日"],
    ),
    (
        "dob",
        (
            "Tôi sinh ngày 15/08/1970, nhưng trang web báo lỗi ngày không hợp lệ. Tôi phải "
            "nhập theo kiểu Mỹ phải không?"
        ),
        ["15/08/1970"],
    ),
    (
        "dob",
        "생년월일이 1992년 3월 7일인데 입력이 안 됩니다. 달력에서 1992년을 선택할 수가 없어요.",
        ["1992년 3월 7일"],
    ),
    (
        "dob",
        (
            "DOB: 11.30.1958 (my father's). He's applying for Extra Help and the form won't take "
            "the dots, and when I use slashes it says no match."
        ),
        ["11.30.1958"],
    ),
    (
        "dob",
        (
            "I was born on the 29th of February 1996 so the date picker doesn't work for me "
            "most years. Leap day babies exist!"
        ),
        ["29th of February 1996"],
    ),
    (
        "dob",
        (
            "birthdate 19840611 entered as instructed with no slashes and it still errors. the "
            "hint text says YYYYMMDD so I don't know what else to do"
        ),
        ["19840611"],
    ),
    (
        "dob",
        (
            "My mother's date of birth is Jan 3 1941. The form says 'applicant must be under "
            "120' which she is, she's 83."
        ),
        ["Jan 3 1941"],
    ),
    (
        "dob",
        (
            "dob is 4/17/73 -- two digit year because that's what the old paper form used. the "
            "new one wants four digits but doesn't say so until you submit"
        ),
        ["4/17/73"],
    ),
    (
        "dob",
        (
            "Ang birthday ko po ay Hunyo 21, 1988 pero ayaw tanggapin ng form. Sinubukan ko na "
            "rin ang 06/21 pero pareho lang."
        ),
        ["Hunyo 21, 1988"],
    ),
    (
        "dob",
        (
            "Date of birth field: I type 09/01/2004 and it shows 01/09/2004 on the review page. "
            "so my daughter has the wrong birthday in your system now"
        ),
        ["09/01/2004"],
    ),
    (
        "dob",
        (
            "born in '67, specifically 10/10/1967, and the identity check said my info didn't "
            "match SSA records. It's the same as on my card."
        ),
        ["10/10/1967"],
    ),
    (
        "dob",
        ("Дата рождения 05.06.1977, а система пишет, что такой записи нет. Что делать?"),
        ["05.06.1977"],
    ),
    (
        "dob",
        "تاريخ ميلادي 1990/04/22 ولكن الموقع لا يقبله ويقول إن التاريخ غير صحيح.",
        ["1990/04/22"],
    ),
    (
        "dob",
        (
            "Ma date de naissance est le 8 septembre 1983, mais le formulaire affiche une erreur "
            "quand j'écris le mois en lettres."
        ),
        ["8 septembre 1983"],
    ),
    (
        "dob",
        (
            "Hi, verifying my identity failed again. I'm born 12 Aug 1955 and everything else "
            "matches my Medicare card. Is the system down?"
        ),
        ["12 Aug 1955"],
    ),
    (
        "dob",
        (
            "my twins were born on 06/30/2019 and the system won't let me add a second child with "
            "the same birthday. it says duplicate dependent"
        ),
        ["06/30/2019"],
    ),
    (
        "dob",
        (
            "Fecha de nac. de mi mamá: 3 de enero de 1948. Necesito solicitar su Medicare y la "
            "página no me deja poner una fecha tan antigua."
        ),
        ["3 de enero de 1948"],
    ),
    (
        "dob",
        "birthday: Nov. 2nd, 1999\nthe age gate keeps kicking me out saying I'm too young",
        ["Nov. 2nd, 1999"],
    ),
    (
        "dob",
        (
            "Moja data urodzenia to 14.02.1982, a formularz wymaga formatu MM/DD/RRRR i nie "
            "mówi o tym wcześniej."
        ),
        ["14.02.1982"],
    ),
    # email
    (
        "email",
        (
            "please send the confirmation to marisol.vega88@example.com, I never got it on the "
            "other address and the appointment is Thursday"
        ),
        ["marisol.vega88@example.com"],
    ),
    (
        "email",
        (
            "My login email is T.Okonkwo@Example.NET (caps shouldn't matter?) and it says "
            "account not found. I've had this account since 2019."
        ),
        ["T.Okonkwo@Example.NET"],
    ),
    (
        "email",
        (
            "changed my email from kbrennan@example.org to kevin.brennan+irs@example.com and now "
            "I can't log in with either one"
        ),
        ["kbrennan@example.org", "kevin.brennan+irs@example.com"],
    ),
    (
        "email",
        (
            "Correo: lupita_hdz@example.com. No me llega el código de verificación, ya revisé "
            "la carpeta de spam."
        ),
        ["lupita_hdz@example.com"],
    ),
    (
        "email",
        ("email me at nguyen dot thu at example dot net -- I don't type it normally because of spam bots"),
        ["nguyen dot thu at example dot net"],
    ),
    (
        "email",
        (
            "the verification email keeps going to spam and then expiring. my address is "
            "a.rahman@mail.example.com if you can whitelist it or something"
        ),
        ["a.rahman@mail.example.com"],
    ),
    (
        "email",
        (
            "my son's email is dj.thompson2009@example.net, he's the student but I'm doing the "
            "form. Will the codes go to him or me?"
        ),
        ["dj.thompson2009@example.net"],
    ),
    (
        "email",
        "请把确认信发到 zhang.wei.1990@example.com，谢谢。之前的邮箱已经不用了。",
        ["zhang.wei.1990@example.com"],
    ),
    (
        "email",
        (
            "<svetlana.k@example.org> is my email, the form says it's invalid because of the dot "
            "before the @?? that's a normal email"
        ),
        ["svetlana.k@example.org"],
    ),
    (
        "email",
        ("email: Bobby.O'Neil@example.com -- apostrophes are valid in email addresses, your form rejects it"),
        ["Bobby.O'Neil@example.com"],
    ),
    (
        "email",
        ("you can reach me at pedro.almeida@example.net or my wife's maria.almeida@example.net, whichever"),
        ["pedro.almeida@example.net", "maria.almeida@example.net"],
    ),
    (
        "email",
        "이메일 주소 jiwoo.park@example.com 로 인증 메일이 안 와요. 세 번 요청했어요.",
        ["jiwoo.park@example.com"],
    ),
    (
        "email",
        "EMAIL IS HKOWALSKI@EXAMPLE.COM PLEASE RESPOND THIS IS THE THIRD TIME",
        ["HKOWALSKI@EXAMPLE.COM"],
    ),
    (
        "email",
        (
            "the newsletter unsubscribe link didn't work for grandpa.joe.1948@example.org, he "
            "still gets 3 emails a week"
        ),
        ["grandpa.joe.1948@example.org"],
    ),
    (
        "email",
        (
            "I clicked 'email us' and it opened mailto:fatima.zahra@example.com as the FROM "
            "address and the TO was empty. weird"
        ),
        ["fatima.zahra@example.com"],
    ),
    (
        "email",
        ("Email của tôi là tranthimai75@example.com, xin gửi lại mã xác nhận. Tôi chờ 30 phút rồi."),
        ["tranthimai75@example.com"],
    ),
    (
        "email",
        (
            "my old email got hacked so please use my new one: r.castillo.new@example.com "
            "(the old one was r.castillo@example.com, do NOT use it anymore)"
        ),
        ["r.castillo.new@example.com", "r.castillo@example.com"],
    ),
    (
        "email",
        (
            "email (work): l.fontaine@corp.example.com but please use the personal one "
            "lea.fontaine@example.net for anything about my benefits"
        ),
        ["l.fontaine@corp.example.com", "lea.fontaine@example.net"],
    ),
    (
        "email",
        "Paki-send po sa email ko: jocelyn.reyes22@example.com ang resibo. Salamat po!",
        ["jocelyn.reyes22@example.com"],
    ),
    (
        "email",
        (
            "The login page says the email 'o.adeyemi@example.org' is already in use but I never "
            "made an account. Is someone using my identity?"
        ),
        ["o.adeyemi@example.org"],
    ),
    (
        "email",
        (
            "No puedo cambiar mi correo electrónico, el nuevo es carlos_m_rivera@example.com y el "
            "sistema dice que ya existe."
        ),
        ["carlos_m_rivera@example.com"],
    ),
    (
        "email",
        "e-mail:tanaka.hiroshi@example.net(please reply in english, my japanese keyboard is off)",
        ["tanaka.hiroshi@example.net"],
    ),
    (
        "email",
        (
            "Contact:\n  priya.n@example.com\n  (preferred)\nthe form's email field strips the "
            "'.n' for some reason and then the codes go nowhere"
        ),
        ["priya.n@example.com"],
    ),
    (
        "email",
        "Мой адрес почты ivan.petrov84@example.org, письмо с кодом не приходит уже второй день.",
        ["ivan.petrov84@example.org"],
    ),
    (
        "email",
        (
            "please CC my daughter who helps me with the computer: amina_diallo@example.com. I "
            "don't check email much."
        ),
        ["amina_diallo@example.com"],
    ),
    # ip
    (
        "ip",
        (
            "I'm getting 'Access denied' and it says my IP 203.0.113.47 is blocked. I'm at home "
            "on regular internet, not using a VPN or anything."
        ),
        ["203.0.113.47"],
    ),
    (
        "ip",
        (
            "The error page shows client IP 198.51.100.23 and a reference number, then nothing. "
            "Happens on every page of the renewal."
        ),
        ["198.51.100.23"],
    ),
    (
        "ip",
        "whatismyip says 192.0.2.146, if that helps you unblock me. I only tried to log in 4 times",
        ["192.0.2.146"],
    ),
    (
        "ip",
        (
            "My IPv6 is 2001:db8:85a3::8a2e:370:7334 according to the router and the site says "
            "'too many requests' even on the first click"
        ),
        ["2001:db8:85a3::8a2e:370:7334"],
    ),
    (
        "ip",
        (
            "Me bloquearon la cuenta. Mi dirección IP es 203.0.113.9 según la página de error. "
            "No hice nada raro, solo entré desde mi casa."
        ),
        ["203.0.113.9"],
    ),
    (
        "ip",
        (
            "Got an alert 'login from unknown location 198.51.100.201' -- that was me on my "
            "phone at work, why is my account locked now?"
        ),
        ["198.51.100.201"],
    ),
    (
        "ip",
        "IP: 192.0.2.77 / Browser: Firefox 128 / OS: Windows 11 / Problem: captcha never loads",
        ["192.0.2.77"],
    ),
    (
        "ip",
        (
            "it says 'Your IP address (2001:db8:0:1234::5) has been temporarily blocked' and "
            "to try again in 24 hours. It's been 3 days."
        ),
        ["2001:db8:0:1234::5"],
    ),
    (
        "ip",
        "页面显示我的IP地址 198.51.100.88 被封锁了，我在家里用的是普通宽带，没有用VPN。",
        ["198.51.100.88"],
    ),
    (
        "ip",
        (
            "from my work laptop it works but from home (203.0.113.214) it times out. my ISP "
            "says they don't block anything"
        ),
        ["203.0.113.214"],
    ),
    (
        "ip",
        (
            "Our office's public IP is 198.51.100.14 and mine at home is 192.0.2.33, both get "
            "blocked when we try to upload the I-9 documents."
        ),
        ["198.51.100.14", "192.0.2.33"],
    ),
    (
        "ip",
        ("my router shows WAN IP 192.0.2.250. the block page told me to send you my IP so here it is"),
        ["192.0.2.250"],
    ),
    (
        "ip",
        ("Địa chỉ IP của tôi là 203.0.113.61, tôi bị chặn sau khi đăng nhập sai 3 lần. Làm sao để mở khóa?"),
        ["203.0.113.61"],
    ),
    (
        "ip",
        (
            "the security check page says 'your IP: 2001:db8:a0b:12f0::1' and then loops "
            "back to itself forever"
        ),
        ["2001:db8:a0b:12f0::1"],
    ),
    (
        "ip",
        (
            "Security alert email said a sign-in from 198.51.100.147 in another state. That was "
            "actually me on the hotel wifi, I'm traveling. please unlock"
        ),
        ["198.51.100.147"],
    ),
    (
        "ip",
        "제 IP 주소 192.0.2.18 이 차단되었다고 나옵니다. 집에서 접속했어요.",
        ["192.0.2.18"],
    ),
    (
        "ip",
        (
            "the geolocation thinks I'm outside the US and won't let me continue. my IP is "
            "203.0.113.120, I'm in Ohio!"
        ),
        ["203.0.113.120"],
    ),
    (
        "ip",
        (
            "Diagnostics from the help page:\nIPv4 192.0.2.5\nIPv6 2001:db8:1f70::999:de8:7648:6e8"
            "\nStatus: blocked"
        ),
        ["192.0.2.5", "2001:db8:1f70::999:de8:7648:6e8"],
    ),
    (
        "ip",
        "Ваш сайт заблокировал мой IP 198.51.100.56, я ничего плохого не делал, просто обновлял страницу.",
        ["198.51.100.56"],
    ),
    (
        "ip",
        (
            "the access log you emailed me shows 203.0.113.77:51432 -- is that a port? that's my "
            "laptop I guess, so the logins were me"
        ),
        ["203.0.113.77"],
    ),
    (
        "ip",
        (
            "i'm on satellite internet so my ip changes a lot, last one was "
            "2001:db8:4006:812::200e. please don't block the whole range"
        ),
        ["2001:db8:4006:812::200e"],
    ),
    (
        "ip",
        "Na-block daw po ang IP ko na 192.0.2.201. Paano po ito aayusin? Hindi po ako makapag-login.",
        ["192.0.2.201"],
    ),
    (
        "ip",
        (
            "can you whitelist 198.51.100.7? it's my home static IP, I use it for the bulk "
            "upload tool for my clients' forms"
        ),
        ["198.51.100.7"],
    ),
    (
        "ip",
        ("Mon adresse IP 203.0.113.158 est bloquée depuis hier. Je n'utilise pas de VPN. Merci de vérifier."),
        ["203.0.113.158"],
    ),
    (
        "ip",
        (
            "'X-Forwarded-For: 192.0.2.99' showed up on the error page, is that supposed to be "
            "visible to users? that's my address"
        ),
        ["192.0.2.99"],
    ),
    # itin_ein
    (
        "itin_ein",
        (
            "My ITIN is 912-78-4410 and the site keeps telling me to enter an SSN instead. I "
            "don't have one, that's the whole point of the ITIN."
        ),
        ["912-78-4410"],
    ),
    (
        "itin_ein",
        (
            "Ein for my small bakery: 46-2819375. Can't get the business login to link to it, "
            "it says the name doesn't match"
        ),
        ["46-2819375"],
    ),
    (
        "itin_ein",
        (
            "Mi número ITIN es 923-91-0045, lo saqué el año pasado, pero el sistema dice que no "
            "coincide con mis datos."
        ),
        ["923-91-0045"],
    ),
    (
        "itin_ein",
        "ITIN 955701234 entered without dashes, same error 'TIN mismatch'. With dashes too.",
        ["955701234"],
    ),
    (
        "itin_ein",
        (
            "employer ID no. 82-4419283 -- I'm a sole prop. I tried to attach the CP 575 letter "
            "but the upload failed at 100%"
        ),
        ["82-4419283"],
    ),
    (
        "itin_ein",
        (
            "my wife's ITIN 901-83-7762 expired and I'm trying to renew it with the W-7. Which "
            "page is that on? the search finds nothing"
        ),
        ["901-83-7762"],
    ),
    (
        "itin_ein",
        "我的个人报税识别号(ITIN)是 976 94 2210，网上申报时一直被拒绝，说号码无效。",
        ["976 94 2210"],
    ),
    (
        "itin_ein",
        (
            "FEIN 27-0918374 (our church). The tax exempt organization search doesn't find us "
            "even though we've had the letter since 2011"
        ),
        ["27-0918374"],
    ),
    (
        "itin_ein",
        (
            "filing the 941 for my landscaping business, EIN 842290117, and the payment page "
            "says 'invalid taxpayer'"
        ),
        ["842290117"],
    ),
    (
        "itin_ein",
        ("Số ITIN của tôi là 944-52-8813. Tôi muốn biết tại sao tiền hoàn thuế của tôi bị giữ lại."),
        ["944-52-8813"],
    ),
    (
        "itin_ein",
        (
            "TIN: 93-1746652 (LLC). The entity name on the form auto-fills with someone else's "
            "company!! how is that possible"
        ),
        ["93-1746652"],
    ),
    (
        "itin_ein",
        (
            "My daughter's ITIN is 968-99-0171, she's a dependent. The dependent section only "
            "accepts SSNs? she can't get one"
        ),
        ["968-99-0171"],
    ),
    (
        "itin_ein",
        "개인납세자번호 ITIN 930-88-4521 로 로그인하려는데 안 돼요. SSN만 받는 것 같아요.",
        ["930-88-4521"],
    ),
    (
        "itin_ein",
        (
            "EIN 61\u20117700432 copied from our letterhead and the form says bad character. I "
            "retyped it and then it worked, fyi"
        ),
        ["61\u20117700432"],
    ),
    (
        "itin_ein",
        (
            "ITIN # 917 57 3389 and also my husband's 982-73-6655, we file jointly and only the "
            "first one is accepted"
        ),
        ["917 57 3389", "982-73-6655"],
    ),
    (
        "itin_ein",
        (
            "Ang EIN ng maliit kong negosyo ay 20-5583916, pero ayaw tanggapin ng website. "
            "Ano po ang gagawin ko?"
        ),
        ["20-5583916"],
    ),
    (
        "itin_ein",
        ("sorry the EIN in my last message was wrong, it's 35-2281047 not 35-2218047, I swapped two digits"),
        ["35-2281047", "35-2218047"],
    ),
    (
        "itin_ein",
        (
            "W-7 page says apply for an ITIN but I already have one: 909-61-2048, it just needs "
            "renewing. Where's the renewal option?"
        ),
        ["909-61-2048"],
    ),
    (
        "itin_ein",
        "Мой ITIN 958-96-1137, сайт пишет 'неверный номер налогоплательщика'.",
        ["958-96-1137"],
    ),
    (
        "itin_ein",
        (
            "not the payroll company's EIN -- OUR EIN is 47-3390218. the form pre-filled the "
            "payroll company's and won't let me change it"
        ),
        ["47-3390218"],
    ),
    (
        "itin_ein",
        (
            "I'm a household employer, my EIN is 81-0456627 for the nanny's W-2. Schedule H "
            "page crashes when I enter it."
        ),
        ["81-0456627"],
    ),
    (
        "itin_ein",
        (
            "El EIN de mi negocio de limpieza es 88-1920364 y no puedo hacer el pago del 940. "
            "Dice error de validación."
        ),
        ["88-1920364"],
    ),
    (
        "itin_ein",
        "ITIN:912508831 -- new this year, the e-file says it's not in the system yet?",
        ["912508831"],
    ),
    (
        "itin_ein",
        (
            "Trust EIN 86-3349102. I'm the trustee for my late father's trust and I need the "
            "1041 transcript but the login only knows individuals"
        ),
        ["86-3349102"],
    ),
    (
        "itin_ein",
        (
            "our foreign company's tax ID is 98-4420716 and the form insists on a US state in "
            "the address. we're in Ontario."
        ),
        ["98-4420716"],
    ),
    # license
    (
        "license",
        (
            "My driver license number is D4471209 (California) and the REAL ID pre-application "
            "says invalid. I've had this license for 10 years"
        ),
        ["D4471209"],
    ),
    (
        "license",
        (
            "NY license 482 991 057, the DMV site says it doesn't match my record but I typed it "
            "right off the card"
        ),
        ["482 991 057"],
    ),
    (
        "license",
        (
            "Florida DL W425-718-62-391-0. The form only has room for 12 characters with the "
            "dashes, so it cuts off."
        ),
        ["W425-718-62-391-0"],
    ),
    (
        "license",
        (
            "My TX DL 31774902 expired during covid and the renewal site says I have to come in. "
            "The announcement said online renewal was extended?"
        ),
        ["31774902"],
    ),
    (
        "license",
        ("illinois license S530-4217-8806, trying to register to vote online and it says 'no match found'"),
        ["S530-4217-8806"],
    ),
    (
        "license",
        (
            "WA license WDLJ8R2K5N7X, new format. the form only accepts the old 12 character kind "
            "with asterisks"
        ),
        ["WDLJ8R2K5N7X"],
    ),
    (
        "license",
        (
            "Mi número de licencia de manejar de California es Y2390187 y la página de la cita "
            "dice que no es válido."
        ),
        ["Y2390187"],
    ),
    (
        "license",
        (
            "PA DL 29 448 106 -- the voter registration form wants 8 digits which this is, but "
            "says wrong format with spaces and without"
        ),
        ["29 448 106"],
    ),
    (
        "license",
        (
            "NJ license K2087 40913 05822. I'm trying to request my driver history and the page "
            "goes blank after I enter it."
        ),
        ["K2087 40913 05822"],
    ),
    (
        "license",
        (
            "michigan license b 420 771 093 218, typed lowercase because that's how the form "
            "auto-formatted it, then it said invalid"
        ),
        ["b 420 771 093 218"],
    ),
    (
        "license",
        "WI DL: R612-8843-2207-06\nid verification step 2 fails every time with 'document error'",
        ["R612-8843-2207-06"],
    ),
    (
        "license",
        (
            "Maryland licence M-264-903-117-482 -- sorry for the spelling, I'm from the UK "
            "originally. The MVA appointment page rejects it."
        ),
        ["M-264-903-117-482"],
    ),
    (
        "license",
        (
            "I don't drive, I have an Ohio state ID, number SB204917. The form only asks for a "
            "driver license so I put that, is that ok?"
        ),
        ["SB204917"],
    ),
    (
        "license",
        (
            "Mass. license S81723094 -- the RMV says it's valid but your ID check says not "
            "found. Which one is right"
        ),
        ["S81723094"],
    ),
    (
        "license",
        "我的加州驾照号码是 F8820164，预约路考的时候系统说号码不对，请帮忙看看。",
        ["F8820164"],
    ),
    (
        "license",
        ("Số bằng lái xe California của tôi là B7391056. Trang web nói không tìm thấy hồ sơ của tôi."),
        ["B7391056"],
    ),
    (
        "license",
        "운전면허 번호 N2210937 입력하면 오류가 납니다. 캘리포니아 면허증이에요.",
        ["N2210937"],
    ),
    (
        "license",
        (
            "Georgia DL 058221934 for my son (he's 17, this is his first license). The parent "
            "consent form won't load."
        ),
        ["058221934"],
    ),
    (
        "license",
        (
            "Virginia license T71-88-4093, I moved from Virginia to Maryland and the transfer "
            "form needs the old number. It rejects the dashes."
        ),
        ["T71-88-4093"],
    ),
    (
        "license",
        "AZ DL D08147326\nvehicle registration renewal says 'customer not found'",
        ["D08147326"],
    ),
    (
        "license",
        (
            "Colorado license number 19-204-8837. I need to update my address on it and the site "
            "keeps timing out at the last step"
        ),
        ["19-204-8837"],
    ),
    (
        "license",
        (
            "Ang driver's license number ko po sa Pilipinas ay N04-21-339182. Pwede ko po ba "
            "itong gamitin para sa application?"
        ),
        ["N04-21-339182"],
    ),
    (
        "license",
        (
            "learner permit for my daughter, NC # 000031557462. the online road test scheduler "
            "says her permit isn't eligible yet but it's been 12 months"
        ),
        ["000031557462"],
    ),
    (
        "license",
        (
            "dl# C449120385727 (Minnesota). I keep getting 'invalid license number length'. "
            "It's 13 characters like the card shows."
        ),
        ["C449120385727"],
    ),
    (
        "license",
        ("Hawaii DL H00482193, the autocomplete keeps adding a space after the H and then the check fails"),
        ["H00482193"],
    ),
    # medicare
    (
        "medicare",
        (
            "My Medicare number is 4AV0-G93-AC25 and the plan finder says 'not found'. I just "
            "got the card in the mail last month."
        ),
        ["4AV0-G93-AC25"],
    ),
    (
        "medicare",
        (
            "mbi 4en7pk6kp33, lowercase since that's how my phone typed it. does it matter? the "
            "site says invalid"
        ),
        ["4en7pk6kp33"],
    ),
    (
        "medicare",
        (
            "El número de Medicare de mi mamá es 6NJ4-VR3-XT67, quiero ver su cobertura pero la "
            "página no me deja entrar como su representante."
        ),
        ["6NJ4-VR3-XT67"],
    ),
    (
        "medicare",
        "medicare # 2TX5 TX5 TQ17. login fails with 'information does not match'",
        ["2TX5 TX5 TQ17"],
    ),
    (
        "medicare",
        (
            "Medicare ID: 1HF8GY0MV72 -- I entered it exactly as on the card and the account "
            "creation still fails at step 2"
        ),
        ["1HF8GY0MV72"],
    ),
    (
        "medicare",
        (
            "my old red white and blue card has 412-56-7731A on it, is that still valid or do I "
            "need the new one? the site won't take it"
        ),
        ["412-56-7731A"],
    ),
    (
        "medicare",
        "我父亲的联邦医疗保险号码是 2EQ0-DT8-MQ83，网站说找不到他的记录。",
        ["2EQ0-DT8-MQ83"],
    ),
    (
        "medicare",
        (
            "3WV5DJ4MG56 is my husband's medicare number, I'm his caregiver and want to see his "
            "claims. What form do I need?"
        ),
        ["3WV5DJ4MG56"],
    ),
    (
        "medicare",
        (
            "Medicare Beneficiary Identifier 8N77-D44-UF17 (not my SSN, I know the difference). "
            "Part B enrollment page rejects it."
        ),
        ["8N77-D44-UF17"],
    ),
    (
        "medicare",
        (
            "the old claim number on my EOB is 503-22-8841B1, the new card has a different "
            "number. Which one does the appeal form want?"
        ),
        ["503-22-8841B1"],
    ),
    (
        "medicare",
        "Số Medicare của tôi là 7QA4-DM1-CT04, tôi không đăng nhập được vào tài khoản.",
        ["7QA4-DM1-CT04"],
    ),
    (
        "medicare",
        "MBI: 3UX7-UC8-CU19\n(the card came last week)\nplan enrollment says no record",
        ["3UX7-UC8-CU19"],
    ),
    (
        "medicare",
        "메디케어 번호 8J49-T24-DY00 로 가입하려고 했는데 오류가 나요. 도와주세요.",
        ["8J49-T24-DY00"],
    ),
    (
        "medicare",
        (
            "my medicare card number is 6QR5 CY4 YT48 and the part D enrollment rejects it "
            "whether I use spaces or not"
        ),
        ["6QR5 CY4 YT48"],
    ),
    (
        "medicare",
        (
            "I'm still using my old HICN 271-60-5589A because the new card never came. Please "
            "send a new card to the address on file."
        ),
        ["271-60-5589A"],
    ),
    (
        "medicare",
        ("Ang Medicare number ko po ay 1R86-A85-YQ80. Hindi ko po makita ang mga claims ko sa website."),
        ["1R86-A85-YQ80"],
    ),
    (
        "medicare",
        (
            "pls update my mom's record, Medicare MBI 3KJ7VN5JX57 -- she moved to assisted "
            "living and can't get mail at the old place"
        ),
        ["3KJ7VN5JX57"],
    ),
    (
        "medicare",
        (
            "6AY5-JN0-GV19 <- that's what's on my card but the site says 11 characters required "
            "and it counts the dashes"
        ),
        ["6AY5-JN0-GV19"],
    ),
    (
        "medicare",
        "Мой номер Medicare 7N72-NE5-NT98, не могу войти в личный кабинет.",
        ["7N72-NE5-NT98"],
    ),
    (
        "medicare",
        "Medicare no. 8X91–Q99–AE27 (copied from the letter). invalid format it says",
        ["8X91–Q99–AE27"],
    ),
    (
        "medicare",
        (
            "old claim # 318-44-9021D (it's under my late husband's record, I'm the widow) vs "
            "new MBI 3HX8-WY5-PQ38. Which one do I put?"
        ),
        ["318-44-9021D", "3HX8-WY5-PQ38"],
    ),
    (
        "medicare",
        (
            "Tengo Medicare y Medicaid, mi número de Medicare es 9EV7XG5TY96. Quiero cambiar de "
            "plan pero la página no carga."
        ),
        ["9EV7XG5TY96"],
    ),
    (
        "medicare",
        (
            "Hi, the MBI field says invalid for 1KN2-KP2-CT93. I typed zero not the letter O, I "
            "think? the font on the card is tiny"
        ),
        ["1KN2-KP2-CT93"],
    ),
    (
        "medicare",
        "medicare number: 2D04 H31 TW23 (my dad, he's 91, I do all his paperwork)",
        ["2D04 H31 TW23"],
    ),
    (
        "medicare",
        (
            "ID on my new card: 6GY0-PR3-RG59. My old one was 529-08-3316A and the pharmacy "
            "still has that one on file. Which is right?"
        ),
        ["6GY0-PR3-RG59", "529-08-3316A"],
    ),
    # name
    (
        "name",
        (
            "this is Guadalupe Ortiz-Villanueva, I called twice about my husband's claim and "
            "nobody called back. So I'm writing here instead, hope someone reads these."
        ),
        ["Guadalupe Ortiz-Villanueva"],
    ),
    (
        "name",
        (
            "The name field only allows 20 characters so my full name doesn't fit on the "
            "application and it got cut in the middle.\nsigned, Nguyen Thi Bich Ngoc"
        ),
        ["Nguyen Thi Bich Ngoc"],
    ),
    (
        "name",
        (
            "the ś in my surname turns into a ? on the printed notice and now the bank won't "
            "cash the check.\n-- tomasz wiśniewski"
        ),
        ["tomasz wiśniewski"],
    ),
    (
        "name",
        (
            "Account holder: Oluwaseun Adeyemi. The bank says the name on the deposit didn't "
            "match the account, so the payment bounced back to you. What now?"
        ),
        ["Oluwaseun Adeyemi"],
    ),
    (
        "name",
        (
            "the applicant is my son, Rahul Venkataraman, he's 19 and away at school so I'm "
            "filling this in. Is that allowed if he signs later?"
        ),
        ["Rahul Venkataraman"],
    ),
    (
        "name",
        (
            "from Fatima al-Zahrani: your system splits my last name into a middle name and a "
            "last name at the hyphen, and now nothing matches my passport."
        ),
        ["Fatima al-Zahrani"],
    ),
    (
        "name",
        (
            "My mother's name is María de la Cruz Sandoval and the form puts 'de la' as her "
            "middle name. Her Social Security card has it all as the last name."
        ),
        ["María de la Cruz Sandoval"],
    ),
    (
        "name",
        (
            "Last name field rejects spaces. My name is Pieter van der Berg and squishing it all "
            "together is not my name, it won't match my ID."
        ),
        ["Pieter van der Berg"],
    ),
    (
        "name",
        (
            "Ahmad bin Abdullah here. I don't have a family name in the western sense and the "
            "form requires one, so what do I put?"
        ),
        ["Ahmad bin Abdullah"],
    ),
    (
        "name",
        "我叫王小明，表格上的名字和我护照上的拼写不一样，护照上是 Wang Xiaoming。怎么改？",
        ["王小明", "Wang Xiaoming"],
    ),
    (
        "name",
        ("제 이름은 김민준입니다. 영문 이름 Kim Min-jun 을 입력하면 하이픈 때문에 오류가 나요."),
        ["김민준", "Kim Min-jun"],
    ),
    (
        "name",
        (
            "Меня зовут Екатерина Смирнова. Система не принимает кириллицу в поле имени, "
            "пришлось писать латиницей, и теперь имя не совпадает."
        ),
        ["Екатерина Смирнова"],
    ),
    (
        "name",
        (
            "Soy José Luis Hernández Ramírez y el sistema no acepta acentos ni dos apellidos. Me "
            "cambia el nombre cada vez que guardo."
        ),
        ["José Luis Hernández Ramírez"],
    ),
    (
        "name",
        (
            "Three weeks and no answer to my appeal. I uploaded everything you asked for on "
            "page 4. Thanks for nothing.\nAaliyah Washington"
        ),
        ["Aaliyah Washington"],
    ),
    (
        "name",
        (
            "name on the account is SEAN O'BRIEN but the form wont take the apostrophe so now "
            "I'm SEAN OBRIEN in your system and the bank rejects the deposit"
        ),
        ["SEAN O'BRIEN", "SEAN OBRIEN"],
    ),
    (
        "name",
        (
            "my husband mohammed rahimi passed away in march and I need to stop his benefits, "
            "but the form only lets the account holder log in"
        ),
        ["mohammed rahimi"],
    ),
    (
        "name",
        (
            "Ako po si Maricel Dela Paz-Santos. Hindi po tumatanggap ang form ng mahabang "
            "apelyido na may gitling."
        ),
        ["Maricel Dela Paz-Santos"],
    ),
    (
        "name",
        ("Tên tôi là Trần Văn Hùng. Trang web bỏ dấu trong tên tôi và bây giờ tên không khớp với hộ chiếu."),
        ["Trần Văn Hùng"],
    ),
    (
        "name",
        (
            "my daughter Siobhan McNamara-Kowalczyk is 16 and the passport form says her name "
            "is too long to print. Really? what do we do"
        ),
        ["Siobhan McNamara-Kowalczyk"],
    ),
    (
        "name",
        (
            "For the certificate: the beneficiary is Kwame Mensah Boateng, not Kwame Boateng as "
            "your letter says. Please correct it before it's printed."
        ),
        ["Kwame Mensah Boateng", "Kwame Boateng"],
    ),
    (
        "name",
        (
            "Mwen rele Jean-Baptiste Louissaint. Fòm nan pa aksepte tirè nan non mwen, li "
            "toujou di non an pa valab."
        ),
        ["Jean-Baptiste Louissaint"],
    ),
    (
        "name",
        "اسمي ليلى حداد ولا يمكنني كتابة اسمي بالعربية في النموذج، فقط بالإنجليزية.",
        ["ليلى حداد"],
    ),
    (
        "name",
        (
            "I'm the caregiver for my father, Hiroshi Tanaka, who had a stroke in May. The "
            "representative form needs his signature and he can't sign anymore."
        ),
        ["Hiroshi Tanaka"],
    ),
    (
        "name",
        (
            "please update my name to Emily Carter-Haines (married in June). My maiden name was "
            "Emily Rose Whitfield and that's still what the portal shows."
        ),
        ["Emily Carter-Haines", "Emily Rose Whitfield"],
    ),
    (
        "name",
        (
            "The form says my name has invalid characters: Zoë Müller-Lindqvist. Umlauts and "
            "diaereses are letters!"
        ),
        ["Zoë Müller-Lindqvist"],
    ),
    # passport
    (
        "passport",
        (
            "My passport number is 548213907 and the renewal form says it doesn't match our "
            "records. It's the book I got in 2015, never lost it."
        ),
        ["548213907"],
    ),
    (
        "passport",
        (
            "US passport # A04418723 (new style with the letter in front). The DS-82 online "
            "form only accepts 9 digits."
        ),
        ["A04418723"],
    ),
    (
        "passport",
        (
            "Mi pasaporte mexicano es G29384710 y no puedo cargarlo en el formulario de la "
            "cita. Dice 'formato inválido'."
        ),
        ["G29384710"],
    ),
    (
        "passport",
        (
            "passport no. 561 029 384 -- lost it at the airport on the way back, I need to "
            "report it and the DS-64 page crashes on submit"
        ),
        ["561 029 384"],
    ),
    (
        "passport",
        (
            "Indian passport K8821034, the visa form accepts it but then the payment page says "
            "'passport number format invalid'"
        ),
        ["K8821034"],
    ),
    (
        "passport",
        "我的护照号码是 EA4491027，填DS-160的时候一直报错，说护照号码格式不对。",
        ["EA4491027"],
    ),
    (
        "passport",
        (
            "my daughter's passport card C03318426 -- she's 16 and wants a book now, does the "
            "card count as her previous passport for the renewal?"
        ),
        ["C03318426"],
    ),
    (
        "passport",
        "Passport: 5 6 7 2 9 0 1 3 4 (it's in separate boxes on the form, I hope that's right)",
        ["5 6 7 2 9 0 1 3 4"],
    ),
    (
        "passport",
        "Philippine passport P4872106B po ang number ko. Hindi po ito tinatanggap ng form.",
        ["P4872106B"],
    ),
    (
        "passport",
        "Số hộ chiếu của tôi là C5521087. Tôi không thể đặt lịch hẹn phỏng vấn trên trang web.",
        ["C5521087"],
    ),
    (
        "passport",
        "여권번호 M48127736 를 입력했더니 형식이 잘못됐다고 해요. 한국 여권입니다.",
        ["M48127736"],
    ),
    (
        "passport",
        (
            "my british passport is 533380062, does it work for the travel authorization? the "
            "help text only talks about US passports"
        ),
        ["533380062"],
    ),
    (
        "passport",
        (
            "Canadian passport GA302918. Trying to fill in the arrival record thing and it "
            "wants a visa number I don't have, Canadians don't need one"
        ),
        ["GA302918"],
    ),
    (
        "passport",
        (
            "lost passport, number was 490027315 issued 2019. the lost/stolen report page "
            "crashes when I click submit."
        ),
        ["490027315"],
    ),
    (
        "passport",
        "Номер загранпаспорта 75 4419023, сайт не принимает пробел, а без пробела пишет ошибку.",
        ["75 4419023"],
    ),
    (
        "passport",
        "Nimewo paspò mwen se RD3318072. Sit la di nimewo a pa valab. Tanpri ede m.",
        ["RD3318072"],
    ),
    (
        "passport",
        (
            "the old passport no. 301857642 and the new one is 583920174 -- which one goes on "
            "the I-9? my employer doesn't know either"
        ),
        ["301857642", "583920174"],
    ),
    (
        "passport",
        "Numer mojego paszportu to EJ4408127, formularz go nie przyjmuje. Co mam zrobić?",
        ["EJ4408127"],
    ),
    (
        "passport",
        "psprt 512038946 -- sorry typing on phone. renewal status says no record found",
        ["512038946"],
    ),
    (
        "passport",
        (
            "Nigerian passport A09918234 for my mother, she's visiting for my graduation. The "
            "visa form keeps erroring at the passport page."
        ),
        ["A09918234"],
    ),
    (
        "passport",
        "Meu passaporte é FY528193, o site diz que o número é inválido porque tem letras.",
        ["FY528193"],
    ),
    (
        "passport",
        "رقم جواز سفري A21907734 ولا يقبله النظام عند حجز الموعد.",
        ["A21907734"],
    ),
    (
        "passport",
        "passport number\n\n  587 204 913\n\n(pasted from my notes app, sorry about the spacing)",
        ["587 204 913"],
    ),
    (
        "passport",
        "Mon numéro de passeport est 19AV33218, le formulaire refuse les lettres au milieu.",
        ["19AV33218"],
    ),
    (
        "passport",
        ("Passport #: 489201773 (my mom's, I'm filling it in for her since she doesn't read English well)"),
        ["489201773"],
    ),
    # phone
    (
        "phone",
        (
            "call me back at (312) 555-0178, I've been on hold for 2 hours and the callback "
            "option hung up on me twice"
        ),
        ["(312) 555-0178"],
    ),
    (
        "phone",
        "my cell is 202.555.0143 and the text code never arrives. other sites text me fine",
        ["202.555.0143"],
    ),
    (
        "phone",
        (
            "Mi número es 787-555-0121, me pueden llamar después de las 5. Vivo en Puerto Rico "
            "y el formulario no acepta el código de área."
        ),
        ["787-555-0121"],
    ),
    (
        "phone",
        "text me at +1 415 555 0166 when the site is fixed pls, I'll try again then",
        ["+1 415 555 0166"],
    ),
    (
        "phone",
        "phone field wants digits only so I put 2125550199. still 'invalid phone number'.",
        ["2125550199"],
    ),
    (
        "phone",
        (
            "I'm abroad for work, my UK number is +44 20 7946 0958. The form only accepts US "
            "numbers for the security code."
        ),
        ["+44 20 7946 0958"],
    ),
    (
        "phone",
        "mobile 07700 900461 (UK) -- can't get verification texts from you over here",
        ["07700 900461"],
    ),
    (
        "phone",
        (
            "Australian mobile +61 491 570 156. the country dropdown for the phone doesn't have "
            "Australia?? it has 'Austria' twice"
        ),
        ["+61 491 570 156"],
    ),
    (
        "phone",
        ("J'habite en France, mon numéro est le +33 1 99 00 27 41, le formulaire ne l'accepte pas."),
        ["+33 1 99 00 27 41"],
    ),
    (
        "phone",
        ("My number in Jamaica is +1 (876) 555-0142, it's +1 like the US but your form still says invalid."),
        ["+1 (876) 555-0142"],
    ),
    (
        "phone",
        ("Mi hermana en República Dominicana puede recibir las llamadas por mí, su número es 809-555-0167."),
        ["809-555-0167"],
    ),
    (
        "phone",
        "我的电话是 (626) 555-0134，请回电。已经等了三个星期了。",
        ["(626) 555-0134"],
    ),
    (
        "phone",
        "Số điện thoại của tôi là 714-555-0187. Xin gọi lại cho tôi vào buổi sáng.",
        ["714-555-0187"],
    ),
    (
        "phone",
        "제 전화번호는 213-555-0152 입니다. 문자로 인증번호가 안 와요.",
        ["213-555-0152"],
    ),
    (
        "phone",
        "(907) 555\u20110110 is my number (Alaska), the form changes the area code to 970??",
        ["(907) 555\u20110110"],
    ),
    (
        "phone",
        (
            "my mom's landline is 503 555 0191, she doesn't have a cell, and the form requires "
            "a mobile number for 2FA. Older people exist!"
        ),
        ["503 555 0191"],
    ),
    (
        "phone",
        "contact number: +1-646-555-0100 ext. 12 (that's my desk at work, mornings are best)",
        ["+1-646-555-0100"],
    ),
    (
        "phone",
        "Tawagan niyo po ako sa 808-555-0139. Salamat po.",
        ["808-555-0139"],
    ),
    (
        "phone",
        "Мой телефон +1 (718) 555-0172, звоните после 18:00, пожалуйста.",
        ["+1 (718) 555-0172"],
    ),
    (
        "phone",
        "Nimewo telefòn mwen se 305-555-0148. Tanpri rele m, mwen pa ka fini fòm nan.",
        ["305-555-0148"],
    ),
    (
        "phone",
        (
            "the SMS code never arrives at 617-555-0124 -- correction, I mean 617-555-0142, I "
            "mistyped it on signup. Can you change it on your end?"
        ),
        ["617-555-0124", "617-555-0142"],
    ),
    (
        "phone",
        "TEL 404-555-0113\nno voicemail set up, text is better",
        ["404-555-0113"],
    ),
    (
        "phone",
        "رقم هاتفي 313-555-0126 أرجو الاتصال بي لأن الموقع لا يعمل.",
        ["313-555-0126"],
    ),
    (
        "phone",
        "Best way to reach me:\ncell (469) 555-0195\nwork - please don't call",
        ["(469) 555-0195"],
    ),
    (
        "phone",
        "Meu celular é +1 508 555 0177, pode mandar mensagem em português.",
        ["+1 508 555 0177"],
    ),
    # ssn
    (
        "ssn",
        (
            "SSN 401-72-8834 -- the identity verification says it doesn't match my name, but I "
            "just got a new card after my marriage."
        ),
        ["401-72-8834"],
    ),
    (
        "ssn",
        "ss# 219 09 4471, the account signup says 'we can't verify your information'. outage?",
        ["219 09 4471"],
    ),
    (
        "ssn",
        "social is 587331029, typed without dashes like the hint says, and it still errors out",
        ["587331029"],
    ),
    (
        "ssn",
        (
            "Mi número de seguro social es 064-51-7720 y la página dice que ya tengo una cuenta, "
            "pero nunca la abrí. ¿Alguien la abrió por mí?"
        ),
        ["064-51-7720"],
    ),
    (
        "ssn",
        "我的社会安全号码是 310-88-4412，注册账户时显示信息不匹配。",
        ["310-88-4412"],
    ),
    (
        "ssn",
        "社会安全号：４５５－２１－０３９８（用中文输入法打的，网站说格式错误）",
        ["４５５－２１－０３９８"],
    ),
    (
        "ssn",
        (
            "I need to add my son to my claim, his SSN is 132-67-5504 and the 'add dependent' "
            "button doesn't do anything when I click it."
        ),
        ["132-67-5504"],
    ),
    (
        "ssn",
        "soc sec no. 771-40-2286\nreplacement card request stuck on 'processing' for 6 weeks",
        ["771-40-2286"],
    ),
    (
        "ssn",
        "Tôi quên mật khẩu. Số an sinh xã hội của tôi là 613-05-9917. Xin giúp tôi lấy lại tài khoản.",
        ["613-05-9917"],
    ),
    (
        "ssn",
        (
            "my social security number 248196630 was entered wrong by the clerk as 248196603, "
            "how do I get it fixed on my wage record?"
        ),
        ["248196630", "248196603"],
    ),
    (
        "ssn",
        "Ang SSN ko po ay 502-44-1873. Hindi po ako makapag-log in sa account ko.",
        ["502-44-1873"],
    ),
    (
        "ssn",
        "Last 4 is 2150 but since the form wants all 9: 039-77-2150. And it still says no match.",
        ["039-77-2150"],
    ),
    (
        "ssn",
        "사회보장번호 356-82-0041 을 입력하면 오류가 나요. 어떻게 해야 하나요?",
        ["356-82-0041"],
    ),
    (
        "ssn",
        (
            "I need to report my wife's death. Her SSN was 690-13-5528 and the survivor page "
            "asks for mine too, mine is 127-54-8806. Then it errors."
        ),
        ["690-13-5528", "127-54-8806"],
    ),
    (
        "ssn",
        "s.s.n. 884 20 3317 (from my card, the old paper one from the 1990s)",
        ["884 20 3317"],
    ),
    (
        "ssn",
        "Мой номер социального страхования 458-61-7739. Не могу зарегистрироваться на сайте.",
        ["458-61-7739"],
    ),
    (
        "ssn",
        (
            "My SSN is 023489912 no dashes. The W-2 has it right but the 1040 e-file gets "
            "rejected with IND-031 every time."
        ),
        ["023489912"],
    ),
    (
        "ssn",
        (
            "tried to lock my info through your link and it asked for my ssn 733-09-1145 then "
            "showed a blank page. Did it go through or not?"
        ),
        ["733-09-1145"],
    ),
    (
        "ssn",
        (
            "Necesito una tarjeta de reemplazo. Mi seguro social: 561 37 2208. Me la robaron "
            "con la cartera el sábado."
        ),
        ["561 37 2208"],
    ),
    (
        "ssn",
        "Social Security Number (SSN): 305-66-4019 -- pasted exactly, form says 'invalid SSN format'.",
        ["305-66-4019"],
    ),
    (
        "ssn",
        (
            "my SSN was in a data breach, it's 649-71-0583, what should I do? the identity theft "
            "page just loops back to the start"
        ),
        ["649-71-0583"],
    ),
    (
        "ssn",
        "رقم الضمان الاجتماعي الخاص بي 212-90-7364 والموقع لا يقبله.",
        ["212-90-7364"],
    ),
    (
        "ssn",
        "Numéro de sécurité sociale américain : 380-25-6147. Je n'arrive pas à créer mon compte.",
        ["380-25-6147"],
    ),
    (
        "ssn",
        "SSN is 517 03 8821\u2014no wait, 517 03 8812. Sorry, long day. The first one is my brother's.",
        ["517 03 8821", "517 03 8812"],
    ),
    (
        "ssn",
        (
            "my daughter's ssn 099-14-6632 for the student aid contributor section, it says it's "
            "already linked to another account??"
        ),
        ["099-14-6632"],
    ),
    # url_personal
    (
        "url_personal",
        (
            "the link in the email takes me to "
            "https://myaccount.example.com/profile?email=maria.lopez%40example.net&step=3 and "
            "it's blank. Just a white page."
        ),
        ["maria.lopez%40example.net"],
    ),
    (
        "url_personal",
        (
            "settings page https://portal.example.org/users/jsmith1984/settings gives a 403 "
            "even though I'm logged in as me"
        ),
        ["jsmith1984"],
    ),
    (
        "url_personal",
        (
            "After login it redirects to https://apply.example.com/status;jsessionid="
            "9F2C4B7A1E3D5086 and says 'session invalid'"
        ),
        ["9F2C4B7A1E3D5086"],
    ),
    (
        "url_personal",
        (
            "Is it normal that the page address is https://benefits.example.net/claim?ssn="
            "235-71-0094&view=summary ?? that seems really unsafe"
        ),
        ["235-71-0094"],
    ),
    (
        "url_personal",
        (
            "confirmation link https://forms.example.com/confirm/thanh.nguyen@example.net "
            "says 'already used' but I clicked it only once"
        ),
        ["thanh.nguyen@example.net"],
    ),
    (
        "url_personal",
        (
            "password reset goes to https://example.org/reset-password?token=a8f3e2c91b7d4e6f"
            "&user=dkowalski and then says token expired right away"
        ),
        ["a8f3e2c91b7d4e6f", "dkowalski"],
    ),
    (
        "url_personal",
        (
            "bookmarked https://www.example.com/account/dashboard?sid=4b1e9c77f0a24d38b6e5 and "
            "now it always says I'm someone else?"
        ),
        ["4b1e9c77f0a24d38b6e5"],
    ),
    (
        "url_personal",
        (
            "The documents page https://secure.example.net/applicant/Maria-Elena-Ruiz/documents "
            "only shows 2 of my 5 uploads."
        ),
        ["Maria-Elena-Ruiz"],
    ),
    (
        "url_personal",
        (
            "tracking page: https://example.com/track?name=Olena%20Kovalenko&dob=1979-03-22 "
            "just spins. my daughter sent me this link"
        ),
        ["Olena%20Kovalenko", "1979-03-22"],
    ),
    (
        "url_personal",
        (
            "the appointment link https://appointments.example.org/book?phone=2025550143&lang=en "
            "shows someone else's appointment? or maybe mine from last year"
        ),
        ["2025550143"],
    ),
    (
        "url_personal",
        (
            "Verification page https://id.example.com/verify?first=Kwabena&last=Asante&step=2 "
            "doesn't load on my phone, only on the laptop"
        ),
        ["Kwabena", "Asante"],
    ),
    (
        "url_personal",
        (
            "inbox link https://example.net/u/priya_sharma92/inbox shows 0 messages but the "
            "email says I have a new notice"
        ),
        ["priya_sharma92"],
    ),
    (
        "url_personal",
        (
            "when I click edit it goes to https://app.example.com/#/profile/88213045/edit and "
            "then back to the home page"
        ),
        ["88213045"],
    ),
    (
        "url_personal",
        (
            "Sign in with the other provider fails. URL at the end is "
            "https://login.example.org/oauth/callback?code=Q7mZp2Lx9RkT4vWn&state=af31 and "
            "error 400"
        ),
        ["Q7mZp2Lx9RkT4vWn"],
    ),
    (
        "url_personal",
        (
            "el enlace https://citas.example.com/cita?correo=jose.ramirez%40example.com&id=5521 "
            "no abre, dice 'página no encontrada'"
        ),
        ["jose.ramirez%40example.com"],
    ),
    (
        "url_personal",
        (
            "unsubscribe link https://example.com/unsubscribe?e=bGluZGEuY2hlbkBleGFtcGxlLmNvbQ== "
            "gives error 500. I want to stop these emails."
        ),
        ["bGluZGEuY2hlbkBleGFtcGxlLmNvbQ=="],
    ),
    (
        "url_personal",
        (
            "Download fails: https://portal.example.net/documents/download;user=ahmed.karimi;"
            "sess=77XKQ2F9 -- says file not found"
        ),
        ["ahmed.karimi", "77XKQ2F9"],
    ),
    (
        "url_personal",
        (
            "The lab results link https://example.org/patients/MRN00482913/results opens a "
            "login page and then a 404 after I log in."
        ),
        ["MRN00482913"],
    ),
    (
        "url_personal",
        ("这个链接打不开 https://example.com/zh/account?user=wangfang88&lang=zh ，一直显示错误。"),
        ["wangfang88"],
    ),
    (
        "url_personal",
        (
            "refund status link https://tax.example.com/refund-status?tin=900-70-5521&yr=2024 "
            "shows 'no record'. it's my ITIN in there"
        ),
        ["900-70-5521"],
    ),
    (
        "url_personal",
        (
            "my sister's invite https://example.net/invite/accept?email=tom.h%2Bfamily@example.net "
            "says invalid invitation"
        ),
        ["tom.h%2Bfamily@example.net"],
    ),
    (
        "url_personal",
        (
            "summary page https://myhealth.example.org/session/"
            "e7c4d2a9-3b1f-4c8e-9a6d-2f5b8e1c7a30/summary is blank on iPad"
        ),
        ["e7c4d2a9-3b1f-4c8e-9a6d-2f5b8e1c7a30"],
    ),
    (
        "url_personal",
        (
            "Liên kết https://example.com/ho-so?ten=Le%20Van%20Tam&sdt=7145550187 bị lỗi, "
            "không mở được hồ sơ của tôi."
        ),
        ["Le%20Van%20Tam", "7145550187"],
    ),
    (
        "url_personal",
        (
            "Claim view https://example.com/claims/view?claimant=rgutierrez&case=EAC2412345678 "
            "loads someone else's name at the top. Privacy issue!"
        ),
        ["rgutierrez"],
    ),
    (
        "url_personal",
        (
            "after I log in I land on https://www.example.org/welcome/Bongani.Dlamini?new=1 "
            "which is my name but the page says 'user not found'"
        ),
        ["Bongani.Dlamini"],
    ),
]

CLEAN: list[str] = [
    (
        "The page froze on step 3 of 6 right after I uploaded the PDF. I waited 10 minutes and "
        "then it said my session expired and I had to start over from step 1."
    ),
    (
        "Receipt number IOE0912345678 has shown 'Case Was Received' since January. Is the status "
        "page updated at all? People on forums say theirs moved."
    ),
    (
        "I filed the I-130 in 2022 and the processing time page says 14.5 months but it's been 23. "
        "Not complaining about the officers, just the estimate is way off."
    ),
    (
        "Error 0x80070005 when I try to install the form filler on Windows 11. I'm not an admin "
        "on this computer, it's at the public library."
    ),
    (
        "code 504 gateway timeout every single time I click 'Submit' on the DS-82 renewal. tried "
        "at 2 am too, same thing."
    ),
    (
        "Went to the Lincoln Memorial last Saturday and the QR code on the sign sends you to a "
        "page that doesn't exist (404)."
    ),
    (
        "Appointment at Johns Hopkins Hospital on 4/22 at 9:15 am, but the community care portal "
        "lists it as 4/23. Which one is right?"
    ),
    (
        "Your office was closed for Martin Luther King Jr. Day but the online chat said 'agents "
        "available'. Waited 40 minutes for nobody."
    ),
    "The fee for the N-400 is $760 online and $710 in the paper instructions?? which one do I pay",
    (
        "Just want to say the new 1040-SR instructions are much easier to read with the larger "
        "font. Thank you to whoever did that."
    ),
    (
        "SF-86 keeps logging me out after 20 minutes even while I'm typing. I lost section 13 "
        "twice now, that's hours of work."
    ),
    (
        "The link https://www.example.gov/benefits/apply?lang=es&step=2 opens in English even "
        "though it says lang=es."
    ),
    (
        "The ZIP code 94110 isn't recognized by the office locator. It's San Francisco, the "
        "Mission, not exactly obscure."
    ),
    (
        "Confirmation code AA00BX7F2Q -- I wrote it down but the page says to save it and there "
        "was no save button, only print."
    ),
    (
        "iPhone 15 with iOS 17.4, Safari: the date picker on the appointment page doesn't scroll, "
        "I can only pick dates in the current month."
    ),
    (
        "La página de citas no funciona en el celular. Llegué hasta el paso 4 de 5 y luego salió "
        "'error 500'. Lo intenté tres veces."
    ),
    (
        "El formulario I-765 en español tiene una traducción rara en la parte 2, dice 'categoría "
        "de elegibilidad' pero la lista está en inglés."
    ),
    "网站的中文版本很多地方还是英文，比如第3步的按钮。希望能改进。",
    (
        "Ticket INC0048213 was closed without anyone contacting me. The problem (blank screen "
        "after login) still happens every day."
    ),
    (
        "I paid $35 for the expedite fee on 3/2 and the status still says 'routine'. Order number "
        "20240302-7731 if that helps."
    ),
    "There's a typo on the Washington Monument ticket page: 'reservaton'.",
    ("Can you add a way to download all 12 notices at once? clicking each PDF one by one takes forever."),
    "Version 2.14.3 of the mobile app crashes when I open the Documents tab. Android 14, Pixel 7.",
    (
        "The W-4 estimator says I'll owe $1,240 but last year I got a refund of $380 with the same "
        "job. Something off with the 2024 tables?"
    ),
    "The map for the Grand Canyon shuttle still shows the old stops from 2019.",
    (
        "I tried to upload a 12 MB file and the limit is 10 MB but it doesn't tell you until after "
        "the upload finishes. Wasted 5 minutes each time."
    ),
    (
        "Why does the SS-5 ask for parents' info for adults? it's confusing, I skipped it and it "
        "wouldn't let me continue."
    ),
    "Chrome 126.0.6478.127 on a Mac, the captcha never loads. Works fine in Firefox.",
    (
        "My EAC2412345678 and my wife's EAC2412345679 were filed together in the same envelope "
        "but only mine shows an update."
    ),
    "The countdown timer says 15:00 but it logs me out after about 10 minutes.",
    "Trang web bị lỗi khi tôi chọn ngôn ngữ tiếng Việt ở bước 2. Mong các bạn sửa sớm.",
    "예약 페이지에서 '다음' 버튼이 안 눌려요. 크롬 최신 버전입니다.",
    "The student aid form for 2025-26 said 'processing' for 9 days. Is that normal?",
    "The JFK airport security wait time page hasn't updated since 6:00 this morning.",
    (
        "We visited the Smithsonian National Air and Space Museum and the timed entry pass email "
        "arrived 2 days after our visit."
    ),
    "VA Form 21-526EZ: the 'add another condition' button stops working after 5 conditions.",
    "The DD-214 request page says to allow 10 business days. It's been 35.",
    (
        "error: ERR_CONNECTION_RESET when I click the green button. Only on the state page, the "
        "federal one works."
    ),
    "Please bring back the old search, the new one returns 0 results for 'form 8821'.",
    (
        "Just a suggestion: the PDF version of Publication 17 should have bookmarks, it's 300+ "
        "pages and scrolling is painful."
    ),
    ("Gracias, por fin pude renovar la licencia del negocio en línea. Tardó 20 minutos nada más."),
    ("WAC2390123456 - RFE response uploaded on 11/14 but the status never changed to 'Response Received'."),
    (
        "the page says 'Enter your A-Number' but I don't have one yet, it should be optional for "
        "first-time applicants."
    ),
    (
        "Our group of 8 booked the Hoover Dam tour for June 12 and got charged for 9 tickets, "
        "$270 instead of $240."
    ),
    (
        "Font too small on the Medicare plan comparison table, I'm 70 and can't read it even with "
        "zoom at 150%."
    ),
    ("Payment of $1,225.00 went through twice. Confirmations PAY-88213-A and PAY-88214-A, same minute."),
    (
        "Is the office in the Martin Luther King Jr. Federal Building open on Saturdays? website "
        "says yes, the sign on the door says no."
    ),
    "The chatbot answered in Spanish when I asked in Portuguese. Não é a mesma língua!",
    "Hindi gumagana ang link sa hakbang 2. Paki-ayos po, salamat.",
    "На сайте ошибка 403 при попытке скачать форму I-131. Пробовал в разных браузерах.",
    ("I'd like to know why the I-485 page says 'Fee: $1,440' in one place and '$1,140' in another."),
    (
        "Searching for 'DS-160' takes you to the DS-260 page. Confusing for people like my parents "
        "who don't know the difference."
    ),
    "Why does the login code expire in 5 minutes when the email takes 7 minutes to arrive?",
    "Reached the end of the survey, clicked submit, got 'Something went wrong (ref 7F3A-22B1)'.",
    "Reference number 2024-FOIA-00731 has been 'in queue' since last spring.",
    (
        "The holiday schedule says offices close on Juneteenth, June 19, but the appointment "
        "system let me book that day anyway."
    ),
    "Walter Reed pharmacy refill page says 'unavailable' every weekend. Is that maintenance?",
    (
        "Tried to reserve a campsite in Yosemite at exactly 7:00 am PT and everything was gone at "
        "7:00:02. Bots?"
    ),
    "Make the 'Back' button keep my answers please, I lose all of page 2 every time.",
    ("On the Spanish page the date format is DD/MM but the field expects MM/DD, so 05/06 is ambiguous."),
    "After the update the app asks for Face ID every 30 seconds. iOS 18.1.",
    (
        "The 1099-G from the state shows $4,312 in unemployment but I only got $3,950. The "
        "difference is $362, who do I ask?"
    ),
    "The PDF of Form 8962 is blank in Edge, shows fine in Acrobat Reader DC.",
    ("Great service at the passport agency, but the website said bring 2 photos and they only needed 1."),
    "Pages 4 through 7 of the handbook are missing from the download.",
    "Case LIN2290876543 transferred to the National Benefits Center, what does that mean for timing?",
    ("Suggestion: show progress as a percentage. I was at 'step 9' with no idea how many steps there are."),
    ("I'm using a screen reader (NVDA 2024.1) and the radio buttons in question 12 aren't announced at all."),
    "表格I-90的中文说明里费用写的是$455，但英文页面是$465。到底是多少？",
    "El enlace para descargar el formulario W-7 en español lleva a una página en blanco.",
    ("The Jefferson Memorial cherry blossom page says peak bloom is March 28-31, is that still accurate?"),
    "I submitted the SF-50 request on 02/01/2024, tracking REQ-20931, nothing since.",
    "1,200 characters is not enough for the 'explain your situation' box.",
    "The clock on the confirmation page says 14:32 UTC, please show local time.",
    (
        "There's no option for 'other' in the relationship dropdown (only spouse, child, parent, "
        "sibling). Grandparents raising kids exist."
    ),
    (
        "Your site says the Kennedy Space Center visitor complex is closed but it's run by a "
        "different organization, right? confusing."
    ),
    "My browser (Firefox 128 ESR) shows 'this connection is not secure' on the forms subdomain.",
    "Just wanted to say the lady at the Baltimore field office was very kind and patient.",
    "The Part D premium for my plan shows $0 on the plan finder but $38.40 on the bill.",
    "Your chatbot says my tax refund will take 21 days but it's been 9 weeks.",
    ("Tôi đã nộp đơn I-485 vào tháng 3 năm 2023. Số biên nhận MSC2391234567 vẫn chưa có cập nhật."),
    "N-400 수수료가 $760인데 온라인 결제 페이지에서 $725로 표시돼요.",
    "Where is the 'print' button for the DS-11? I need to bring it in person.",
    "Upload fails for HEIC photos from iPhone, only JPG works. Please say that on the page.",
    ("The office hours say 8:30-4:30 Monday through Friday but nobody answers the help line after 3."),
    "I can't find the Social Security statement for 2023 in my account, only 2021 and 2022.",
    "ZIP 60614 shows offices in Indiana as the nearest ones??",
    (
        "Is the George Washington Bridge toll info on this site current? It says $16.06 but I was "
        "charged $17.63."
    ),
    "The 'Save and exit' link actually deletes the draft. Happened twice.",
    ("Error code E-1042 'Identity could not be verified' even though my details are right. Tried 3 times."),
    "I'd love a dark mode, the white page at night is too bright.",
    "The page said 'We'll email you within 48 hours' and it's been 96 hours.",
    (
        "The visa bulletin for May shows the F2A date as 01JAN21 in one table and 15NOV21 in the "
        "other. Which one applies?"
    ),
    "The calculator says 70% of my benefit at age 62, but the letter says 62%. Which is it?",
    "Tried paying with Apple Pay, it's not offered, only card or bank. Please add it.",
    "Ang bayad para sa I-130 ay $675 online pero sa papel $625 daw. Alin po ang tama?",
    "Paj la pa travay sou telefòn mwen. Mwen eseye 4 fwa, li toujou bloke nan etap 2.",
    "The download button for the Form 1040-ES vouchers gives me 2023 instead of 2024.",
    ("After March 15 the form should say 'late filing', but mine still said 'on time' on the 20th."),
    "The Mount Rushmore parking pass page charges $10 but the sign says free for seniors.",
    "I appreciate the text-size buttons at the top. Please put them on the forms pages too.",
    "Site is very slow between 9 and 11 am Eastern. Probably everybody logging in at once.",
    "SRC2190012345 -- approved, 'card being produced' since October 3. Still no card.",
    (
        "The 'Find a clinic' search returned 0 results within 25 miles of ZIP 30309. There are at "
        "least 4 that I know of."
    ),
    (
        "Passport photo tool rejects every photo: 'head size must be between 50% and 69%'. Mine is "
        "60% according to your own overlay."
    ),
    ("Quiero felicitar al equipo, la nueva página de pagos es mucho más clara. Pagué $85 en dos minutos."),
    "La page en français n'existe pas pour le formulaire I-134. Pouvez-vous l'ajouter ?",
    "Strona nie działa w przeglądarce Opera. Błąd 502 przy każdym kroku.",
    "O formulário DS-160 não salva quando troco de página. Perdi tudo duas vezes.",
    "الموقع لا يعمل على الهاتف، تظهر رسالة خطأ 500 عند الضغط على إرسال.",
    ("Form I-864 page 6 has a field for household size that only allows 1 digit. Families of 10+ exist."),
    "Took 3 hours to get through to anyone. The wait message said 15 minutes.",
    ("You list the Lyndon B. Johnson Space Center as a testing site. It hasn't been one for years."),
    "Dropdown for 'state' is missing Guam and the Northern Mariana Islands.",
    "After clicking 'verify' I got error 0xC004F074 from the identity app. What does that mean?",
    (
        "Hello, the English version says the deadline is 30 days after the notice date and the "
        "Spanish one says 60 días. Which is right?"
    ),
    ("Please allow more than 3 attempts on the security questions, I'm locked out for 24 hours now."),
    "The Veterans Day closure notice is still on the homepage in January.",
    "Case transferred to the field office -- what's the normal wait? Receipt NBC9912345678.",
    ("The site should say that Safari 15 isn't supported instead of just showing a white page."),
    "Your survey asks me to rate from 1 to 10 and then says 'invalid value' for 10.",
    ("Love the new status tracker. Seeing 'Step 4 of 7: Interview scheduled' is much clearer than before."),
    "The form asks for 'Middle name (if any)' and then won't let me leave it blank.",
    "The timer on the practice test page goes negative (-2:13) instead of ending.",
    "Downloaded the 2024 Schedule C and page 2 is upside down.",
    "Text on the Arlington National Cemetery page overlaps the photo on mobile.",
    "Refund of $2,017 was expected on 3/8, reference code 1121 in the refund tracker.",
    "预约系统在周末总是显示“暂无可用时间”，能不能多开放一些时段？",
    (
        "El sitio dice que la oficina abre a las 8:00 pero llegué a las 8:05 y ya había una fila "
        "de 50 personas."
    ),
    "Cookie banner covers the Submit button on small screens.",
    (
        "The 'Check eligibility' quiz says I qualify and then the application says I don't. Both "
        "ask the same 6 questions."
    ),
    "Why can't I use the same account for my business and personal taxes?",
    "Step 2 of 4 says 'Upload proof of address' but doesn't list acceptable documents.",
    (
        "Congrats on the redesign, but the old bookmark https://www.example.gov/forms/i-130 now "
        "goes to the homepage."
    ),
    "In the Korean translation the button says '제출' but the next page is still all English.",
    "The 'Print receipt' button prints a blank page in Chrome 125.",
    "Went to the Statue of Liberty, the ferry ticket QR code from your site didn't scan.",
    "My authenticator app codes are rejected; the clock on my phone is correct, I checked.",
    "Can you list the Saturday hours for the Denver office? The page just says 'varies'.",
    (
        "Had an appointment on Presidents' Day and the building was closed. The system shouldn't "
        "allow booking on holidays."
    ),
    "I'd like to download my 1095-A as a CSV, not just a PDF.",
    "The page is 14 screens long on mobile. Break it into sections please.",
    "The website shows 2 pending applications but I only filed 1.",
    "Ứng dụng trên điện thoại bị treo sau khi cập nhật lên phiên bản 3.2.0.",
    "Спасибо, форма W-9 заполнилась быстро. Только кнопка 'Скачать' не видна на телефоне.",
    "The interest calculator says 4.5% but the notice says 5%.",
    "There's no way to go back to step 5 after reaching step 6.",
    "When I change the language to Español the form clears everything I typed.",
    "Same problem as ticket SR-2024-118734, please look at that one instead of opening a new one.",
    "The Benjamin Franklin Bridge toll page still shows last year's rates.",
    "Nothing happens when I click 'Add dependent'. Tried 3 browsers.",
    "The clinic list still includes the annex at the old Walter Reed campus that closed in 2011.",
    "It says my password must be 12-64 characters and then rejects a 20 character one.",
    "Forms search for 'I-9' returns the I-90 first. Please rank exact matches first.",
    "The map on the wildfire page loads to 5% and stops.",
    ("Our nonprofit's Form 990-N filing gives 'duplicate submission' but we only sent it once, on 5/15."),
    "Please add a 'resend code' button, right now I have to start the whole login over.",
    (
        "La página del Día de Martin Luther King Jr. dice que las oficinas están abiertas, pero "
        "estaban cerradas."
    ),
    "Why is Form 8843 only available as a fillable PDF? It doesn't work on an iPad.",
    (
        "The help article about the 'Fingerprints Were Taken' status is from 2017 and doesn't "
        "match what the page shows now."
    ),
    "I counted 27 clicks to change one checkbox in my profile. Too many.",
    "Error 'barcode unreadable' when uploading the scanned I-94 printout.",
    "The booking page for the Thomas Jefferson Memorial tours shows times in 24h format only.",
    "Estimated wait: 5-7 business days. Actual: 41 days.",
    "Getting 'HTTP 429 Too Many Requests' after clicking refresh twice.",
    "Salamat po sa mabilis na serbisyo. Natapos ko ang renewal sa loob ng 15 minuto.",
    "영수증 번호 IOE0923456781 상태가 3개월째 변하지 않아요.",
    "The 'Español' link goes to /es/ but the page is half English.",
    "Whatever changed last week made the site way faster. Thanks.",
    "Recertification form question 14 and question 19 are exactly the same question.",
    "FYI the link to the Harry S. Truman Library hours is broken.",
    ("The annual pass is $80 but checkout shows $80.00 + $2.50 fee, which isn't mentioned anywhere."),
    "Why does the text message code come from a different sender every time? Looks like a scam.",
    "I wish the survey allowed me to attach a screenshot.",
    "Logged in fine on Monday, on Tuesday it says my account doesn't exist. Nothing changed.",
    "I clicked page 2 of the results and it shows page 1 again.",
    "The SNAP recertification is due 7/31 but the page says 'no action needed'.",
    "Good: short form. Bad: no confirmation email.",
    "我在第5步上传文件时，显示“文件格式不支持”。我的文件是PDF，大小2MB。",
    (
        "Please list all acceptable IDs on the first page, I got to step 8 before finding out mine "
        "doesn't count."
    ),
    ("The Dwight D. Eisenhower Executive Office Building tour page links to an expired request form."),
    ("As a veteran I appreciate the new crisis line button, but it overlaps the menu on tablets."),
    "In the 'years at address' field you can't enter 0 for less than a year.",
    "The text says 'see Table 3' but there is no Table 3.",
    (
        "Nothing in the FAQ about what to do if the I-797C has a misspelled street name. Do I need "
        "to file something?"
    ),
    "Portal shows my case as 'Closed' and 'Active' at the same time.",
    "The new 'Tell us about your experience' popup appears every 30 seconds.",
    "El código de confirmación que me dieron es TX-4471-AB pero el sistema dice que no existe.",
    "Where can I see my payment history? Only the last 3 payments show.",
    "Error 1020: Access denied on the contact form. I'm just at a café using their wifi.",
    "The hold music on the help line is so loud. Just FYI.",
    "Your April 15 deadline reminder came on April 16.",
    "Typo on the Spanish page: 'solicitúd' should be 'solicitud'.",
    (
        "The disaster assistance page says disaster number DR-4673 but the application dropdown "
        "only has DR-4672."
    ),
    "The 'upload ID' step rotates my photo 90 degrees.",
    "Form I-131 instructions (edition 01/20/25) still reference the old filing address.",
    ("Thank you to the staff at the Carl T. Hayden VA Medical Center, the online check-in worked perfectly."),
    "The office locator suggested an office 340 miles away.",
    "Why does the site require JavaScript for a plain text page?",
    "Le lien vers le formulaire I-130 en français ne fonctionne pas (erreur 404).",
    (
        "The estimated delivery for my passport says 6-8 weeks. I applied 11 weeks ago and the "
        "online status says nothing."
    ),
    "Your page says 'Contact the help line' but doesn't say what hours it's open.",
    "The PDF preview shows the form for tax year 2023 when I selected 2024.",
    "Mèsi pou sèvis la. Men lyen an pou fòm I-821 la pa mache.",
    "O site não aceita o CEP de 5 dígitos, pede 9. Nos EUA normalmente se usa 5.",
    "Почему в русской версии нет формы N-400? Только английская.",
    "أرجو إضافة اللغة العربية إلى صفحة المواعيد، والدتي لا تتكلم الإنجليزية.",
    "The interview notice says 10:30 AM but the portal says 1:30 PM.",
    "My kid's school asked for an SSA-1099 and I can't find where to download it.",
    "It would help to show a ZIP code format example (e.g. 12345) next to the field.",
    "The Library of Congress reading room booking page doesn't load on Firefox.",
    "The deposit says 'TREAS 310 XXSOC SEC' on my bank statement -- is that legit?",
    "Please stop sending the survey link 5 times.",
    "I'm at 90% of the upload and it resets to 0%.",
    "The new 'progress saved' message appears but nothing is actually saved.",
    "The search result snippet shows '$0.00 due' but the account page shows $212.40.",
    ("Confirmation number 7XK-22Q-PL9 wasn't accepted by the kiosk at the Rosa Parks Transit Center."),
    "After the 2.0 redesign the Accessibility link at the bottom disappeared.",
    "Everglades National Park page shows the 2022 fee schedule.",
    "Please translate the error messages too, not just the labels.",
    "When I enter 3 children the form only shows fields for 2.",
    "The 'next' button says 'Siguiente' even in English mode.",
    "Page says processing times were updated 06/2024 but the numbers are the same as 12/2023.",
    "The SF-424 upload on the grants site fails with 'XML schema validation error line 48'.",
    "I got a CP2000 notice and the link in it goes to a page about the CP14.",
    ("Pagué $50 por la tarjeta de reemplazo el 2 de mayo y todavía no hay noticias. Recibo IOE0931122334."),
    "Why are there two different 'My Account' logins on the same site?",
    "The calendar shows appointments until December 31 but none are bookable after October.",
    "Cannot scroll the terms box on iPad, so I can't check 'I agree'.",
    "The video instructions for the I-765 have no captions.",
    "Tôi muốn đổi ngày hẹn từ ngày 12/6 sang tuần sau nhưng không có nút đổi.",
    "网站显示“错误代码 403”，我用的是手机Safari。",
    "The grant deadline says 5:00 PM but doesn't say which time zone.",
    "On the Pearl Harbor National Memorial reservation page the 'add ticket' button doubles the count.",
    "The weekly unemployment claim asks 'did you work?' with no option for part-time.",
    "Step 7 requires a document I already uploaded in step 3.",
    "My browser translated the page to Spanish automatically and then the form broke.",
    "Thank you for extending the deadline to 10/15.",
    "Can you make the PDFs searchable? They're scanned images.",
    "The page about the Eleanor Roosevelt National Historic Site has the wrong opening hours.",
    "I keep getting 'You have been signed out for your security' after 2 minutes.",
    "'Estimated refund: $0' appears before I've entered any income.",
    "Password reset link expired in 10 minutes, I was making dinner.",
    ("The Thurgood Marshall courthouse visitor page says photo ID required but doesn't say which kind."),
    "Choosing 'No' in question 5 still shows the follow-up questions.",
    "Nag-error po ang website pagkatapos kong pindutin ang 'Submit'. Error code 502 po.",
    "On the map, the pin for the Cesar E. Chavez National Monument is in the wrong county.",
    "The 'Download all' zip file is 0 KB.",
    "The chatbot keeps asking 'Did that help?' after every message.",
    "한국어 페이지에서 날짜 형식이 YYYY.MM.DD 인데 입력은 MM/DD/YYYY 로 해야 돼요.",
    "Can't attach more than 5 files; my evidence has 11.",
    ("The income limit table shows $2,000 for a household of 1 and $1,000 for 2. Probably a typo."),
    "Clicked the link in the reminder email and got 'This link has expired' right away.",
    "Form 1040-X e-file accepted on 2/14 but shows 'not found' today.",
    "The Frederick Douglass National Historic Site tour booking only shows 1 slot per day.",
    "Hi! the step counter says 'step 5 of 4'.",
    "Is there a reason the site asks for my county AND my ZIP? 10027 is only in one county.",
    "The option 'prefer not to say' is missing from question 9.",
    "Your 'Contact us' page has a form but no submit button on Safari.",
    "Please keep the old PDF forms available, not everyone can use the online version.",
    "Cuando cambio el idioma a español, el botón 'Pagar $85' desaparece.",
    ("Me equivoqué en el paso 3 y no hay manera de regresar sin perder todo. Deberían arreglar eso."),
    ("El horario dice de 9:00 a 17:00 pero la oficina de Los Ángeles cerró a las 15:30 el viernes."),
    "退税状态页面显示“已批准”，但是已经过了21天还没收到。",
    "Formularz DS-160 po polsku? Nie ma takiej opcji, a dużo osób by skorzystało.",
    "The GS pay table for 2025 on the site still shows the 2024 numbers for 'Rest of U.S.'.",
    "Error 'Invalid date' for the event date 02/29/2024, which was a real day.",
    "Is there a mobile version of the SF-182 training request? The PDF is tiny on a phone.",
    "The button text 'Proceed to step 2' is cut off on 320px screens.",
    "The Fort McHenry page has the fireworks date wrong, it says July 3.",
    "Seats for the Ford's Theatre tour sold out in 2 minutes. Was it really 200 tickets?",
    "The message 'your application was received on 01/01/1970' is obviously a bug.",
    "Please include the form edition date (e.g. 04/01/24) on the download page.",
    "I tried 'Forgot username' and it said 'we sent an email' but I never got one.",
    ("It charges a $3.95 convenience fee for paying online but the fee isn't mentioned until the last page."),
    "Good experience overall, 9/10. Only the photo upload was confusing.",
    "Merci pour la version en français du guide, très utile.",
    "Sit la di 'erè 404' lè mwen klike sou lyen fòm I-485 la.",
    "رقم الإيصال IOE0954321987 لا يظهر في النظام رغم أنني قدمت الطلب قبل شهرين.",
    "The counter for days remaining says 0 days but the deadline is tomorrow.",
    "The Jimmy Carter National Historical Park page says closed on Mondays but it was open.",
    "I'm using Edge 125 on Windows 10 and the dropdowns don't open.",
    ("Version 4.1.0 of the app still has the bug from 4.0.2 where the keyboard hides the Next button."),
    "Why is there a 30-minute lockout after typing the CAPTCHA wrong once?",
    ("Took 45 minutes to do a 10-minute form because the address autocomplete kept fighting me."),
    "Trang thanh toán hiển thị $465 nhưng hóa đơn là $455.",
    "Запись на прием: все окна заняты до 15 марта. Можно добавить больше времени?",
    ("Do I fill Form I-693 before or after the biometrics appointment? The checklist and the FAQ disagree."),
    "HTTP 502 every night between 01:00 and 03:00 ET. If that's a maintenance window, say so.",
    (
        "The Form 1099-K threshold says $600 on one page and $20,000 on another. Which one is it "
        "for tax year 2024?"
    ),
    (
        "Standard deduction shows as $14,600 on the filing page and $13,850 in the worksheet. I "
        "think the worksheet is last year's."
    ),
    "Form SS-4 asks about the 'responsible party' and the help link next to it is broken.",
    (
        "Mi número de caso empieza con IOE y tiene 13 caracteres, pero el campo solo permite 12. "
        "¿Cómo lo pongo?"
    ),
    "La página de la oficina del Seguro Social en español tiene el mapa en inglés.",
    ("El formulario N-400 pide 'otros nombres usados' pero no deja agregar más de 3. Mucha gente tiene más."),
    "绿卡续期表格I-90填写到第4页时，网页自动退出登录，已经试了五次。",
    "Tôi thích giao diện mới, dễ dùng hơn nhiều. Cảm ơn các bạn.",
    "비자 게시판 페이지가 모바일에서 잘 안 보여요. 표가 화면 밖으로 나가요.",
    (
        "Ang appointment ko po ay sa Abril 3, alas-9 ng umaga, pero walang lumalabas sa calendar "
        "ng account ko."
    ),
    "В инструкции к форме I-765 указана цена $470, а при оплате $520. Какая правильная?",
    "الرابط إلى النموذج DS-160 لا يعمل منذ يوم الاثنين.",
    ("A página de status mostra 'Case Was Approved' mas ainda não recebi nada depois de 45 dias."),
    "Le site affiche l'erreur 0x8007000E quand je télécharge le PDF du formulaire.",
    "Mwen pa ka jwenn fòm I-765 an kreyòl. Èske li egziste?",
    "Dziękuję, strona z formularzem W-4 działa już dobrze na telefonie.",
    ("The page https://www.example.gov/es/formularios?tipo=i-765&pagina=2 is broken, it shows page 1 again."),
    ("The link https://travel.example.gov/passports/fees#expedite still has the old $60 expedite fee."),
    (
        "The George Washington University Hospital is listed under the wrong ZIP on the provider "
        "map, 20006 instead of 20037."
    ),
    (
        "Your holiday banner says offices reopen on 1/2 at 8:00 am. It's February now and the "
        "banner is still up."
    ),
]
