"""Links pasted into comments: names in any path segment, user directories, person pages' numbers and
parameters that name a person. Every name and number here is made up."""

from __future__ import annotations

import pytest

from feedback_widget.redaction import DATE_OF_BIRTH, EMAIL, NAME, PHONE, SSN, redact
from feedback_widget.redaction_links import SECRET
from feedback_widget.redaction_urls import redact_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name and a family name joined, under any page
        ("see example.org/files/odalys.brennick/2024", f"see example.org/files/{NAME}/2024"),
        ("https://example.com/thanks/Tomasz-Wrenfield", f"https://example.com/thanks/{NAME}"),
        ("example.net/box/ingrid_halvorsen_docs.zip", f"example.net/box/{NAME}"),
        ("example.com/c/jean-luc.marchetti/home", f"example.com/c/{NAME}/home"),
        ("link: example.org/s/darnell.washington", f"link: example.org/s/{NAME}"),  # a place's name too
        # a user's own directory
        ("http://example.edu/~qvarga/cv.pdf", f"http://example.edu/~{NAME}/cv.pdf"),
        # an initial and a family name after a person's page
        ("example.gov/members/tkowalczyk/inbox", f"example.gov/members/{NAME}/inbox"),
        # ... also when an "l" follows the initial, which no English word's "jl" or "ml" could
        ("example.fr/compte/mlindqvist/releves", f"example.fr/compte/{NAME}/releves"),
        # an initial and a family name numbered after an underscore, under any page
        (
            "the poll example.org/poll/q/tnakamura_31?src=sms fails",
            f"the poll example.org/poll/q/{NAME}?src=sms fails",
        ),
        ("example.org/s/?ref=dkaplan_12", f"example.org/s/?ref={NAME}"),
        # a person's page numbered, a patient's record, a session in the path, a short link's id,
        # a reset link's user and token, a handle
        ("example.org/beneficiary/7702-1934/docs", f"example.org/beneficiary/{NAME}/docs"),
        ("example.org/members/profile.php?id=77021", f"example.org/members/profile.php?id={NAME}"),
        ("text said example.com/v/9Kd2PxQ7mZ", f"text said example.com/v/{SECRET}"),
        ("example.org/reset/a.b%40example.com/7c2e1f", f"example.org/reset/{EMAIL}/{SECRET}"),
        # a reset link's key further on, hexadecimal or mixing cases
        (
            "example.org/reset/pw/u/qvarga/k/9b07e2c4 is dead",
            f"example.org/reset/pw/u/{NAME}/k/{SECRET} is dead",
        ),
        ("example.org/verify/acct/user/x/t/Zq81LmPa0c", f"example.org/verify/acct/user/x/t/{SECRET}"),
        ("example.org/u/@qvarga/inbox", f"example.org/u/@{NAME}/inbox"),
        ("example.org/f?pangalan=Ligaya+Dumalagan", f"example.org/f?pangalan={NAME}"),
        ("example.org/patients/MRN00771234/labs", f"example.org/patients/{NAME}/labs"),
        (
            "example.net/session/0b5f2c9e-77aa-4e21-9c3d-5a6e7f8091ab/summary",
            f"example.net/session/{SECRET}/summary",
        ),
        ("example.gov/profile/id/884120937", f"example.gov/profile/id/{NAME}"),
        ("example.gov/member?id=55019283&tab=2", f"example.gov/member?id={NAME}&tab=2"),
        # parameters that name a person or their data
        ("example.gov/a?fn=odalys&ln=brennick", f"example.gov/a?fn={NAME}&ln={NAME}"),
        ("example.gov/pay?payer=odalys.brennick", f"example.gov/pay?payer={NAME}"),
        ("example.gov/r?ph=2025550147", f"example.gov/r?ph={PHONE}"),
        ("example.gov/perfil?nasc=1961-04-18", f"example.gov/perfil?nasc={DATE_OF_BIRTH}"),
        # a person's account page named in the widget's other languages
        (
            "Lyen https://example.org/kont/rosemene.p/papye pa louvri",
            f"Lyen https://example.org/kont/{NAME}/papye pa louvri",
        ),
        (
            "Ссылка example.ru/cabinet/petrova_n/zayavki пустая",
            f"Ссылка example.ru/cabinet/{NAME}/zayavki пустая",
        ),
        (
            "example.fr/compte/lucie.b44/factures ne charge pas",
            f"example.fr/compte/{NAME}/factures ne charge pas",
        ),
        ("example.com/mi-cuenta/cuenta/ramiro_v/pagos", f"example.com/mi-cuenta/cuenta/{NAME}/pagos"),
        (
            "Trang example.vn/ho-so/tranthimai1974 không mở được",
            f"Trang example.vn/ho-so/{NAME} không mở được",
        ),
        ("example.kr/my-page/choiminho77/orders", f"example.kr/my-page/{NAME}/orders"),
        # a person's page with the user name in its id parameter
        ("example.kr/mypage?id=hanseojin85&tab=1", f"example.kr/mypage?id={NAME}&tab=1"),
        ("example.kr/users?id=choi.minseo88", f"example.kr/users?id={NAME}"),
        ("example.jp/member?no=sato_haruka", f"example.jp/member?no={NAME}"),
        ("example.org/members?no=wlarkin7", f"example.org/members?no={NAME}"),
        # a parameter whose value is a person's name, also with a middle initial
        ("example.org/s/?ref=odalys.m.brennick&x=1", f"example.org/s/?ref={NAME}&x=1"),
        ("example.org/share?from=tomasz-wrenfield", f"example.org/share?from={NAME}"),
        ("example.org/c/ingrid.k.halvorsen/home", f"example.org/c/{NAME}/home"),
        # a user name in a parameter, again elsewhere in the same link
        (
            "example.org/get?doc=w2_2024_qvarga.pdf&user=qvarga fails",
            f"example.org/get?doc=w2_2024_{NAME}.pdf&user={NAME} fails",
        ),
        (
            "example.org/files/lmorales/scan.pdf?owner=lmorales and lmorales in text",
            f"example.org/files/{NAME}/scan.pdf?owner={NAME} and lmorales in text",
        ),
        # a given and a family name among the words of a file's name, and its long numbers with them
        (
            "example.gov/get?doc=w2_2022_JanaNovak_601223344.pdf&v=1",
            f"example.gov/get?doc=w2_2022_{NAME}_{SSN}.pdf&v=1",
        ),
        ("example.gov/f?att=scan_Omar_Haddad_2.jpg", f"example.gov/f?att=scan_{NAME}_2.jpg"),
        ("example.gov/uploads/lease_OmarHaddad.pdf ok", f"example.gov/uploads/lease_{NAME} ok"),
        # a query with a person's name: its numbers are that person's
        (
            "example.org/find?surname=Okafor&ref=72290461 loops",
            f"example.org/find?surname={NAME}&ref={NAME} loops",
        ),
        (
            "example.org/q?member_no=5521-0098&first_name=Ines",
            f"example.org/q?member_no={NAME}&first_name={NAME}",
        ),
    ],
)
def test_names_and_numbers_in_links_go(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "www.example.gov/events/martin-luther-king-day is out of date",
        "example.gov/grace-period/info says 30 days",
        "example.gov/news/mark-your-calendar",
        "example.gov/offices/austin-texas has the wrong hours",
        "example.gov/people/frances-perkins-building is a 404",
        "example.gov/programs/john-lewis-fellowship",
        "example.gov/visit/rosa-parks",
        "example.gov/users/settings and example.gov/users/knight and example.gov/users/psalm",
        "example.gov/users/id/help",
        "example.gov/users/index.html and example.gov/reset/how-to and example.gov/v/HelloWorld",
        "example.gov/receipt/IOE0912345678 and example.gov/forms/I-130",
        "example.gov/session/expired and example.gov/token/how-to-refresh-your-token-page",
        "example.gov/claims?id=55019283",
        "example.gov/users?id=12",
        "https://www.irs.gov/forms-pubs/about-form-1040",
        "example.fr/compte/parametres and example.com/cuenta/ayuda and example.org/kont/dokiman",
        "example.ru/cabinet/settings and example.ru/lk/documents",
        "example.vn/ho-so/cap-nhat and example.kr/mypage/settings and example.kr/mypage?id=12",
        "example.gov/forms?id=I130a&page=2 and example.gov/help?topic=grace-period&ref=home",
        "example.gov/search?q=martin-luther-king-day&sort=new and example.gov/faq?ref=mark.down",
        "example.gov/get?form=w2&user=&doc=w2_2024.pdf",
        # a numbered word is no user name; an "l" after a consonant that starts words is no initial
        "example.gov/files/report_2024 and example.gov/drafts/draft_01 and example.gov/api/v2_1",
        "example.fr/compte/clients and example.gov/users/blocked and example.gov/users/flagged",
        # a reset link's words and forms' numbers; a key is read only in a link that tells of a secret
        "example.gov/reset/password/help/form-1040 and example.gov/verify/steps/page/2024",
        "example.gov/docs/k/9b07e2c4",
        # dotted ids on other pages, a page's file on a person's page
        "example.gov/forms?id=part.two and example.gov/users?id=index.html",
        # files named after things or famous people; numbers in queries with no person's name
        "example.gov/get?doc=MarkUp_guide_20240115.pdf and example.gov/get?doc=GeorgeWashington_bio.pdf",
        "example.gov/get?doc=BillPay_help_202401.pdf and example.gov/uploads/WillCall_2024.pdf",
        "example.gov/track?case=72290461&lang=en and example.gov/get?name=&id=12345678",
        "example.gov/get?doc=notice_601223344.pdf",
    ],
)
def test_ordinary_links_stay_as_written(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://example.gov/confirm/Tomasz-Wrenfield?step=2", f"https://example.gov/confirm/{NAME}"),
        ("https://example.edu/~qvarga/cv.pdf", f"https://example.edu/~{NAME}/cv.pdf"),
        ("/cal/odalys.brennick/events", f"/cal/{NAME}/events"),
        ("/users/jsmith44/profile", f"/users/{NAME}/profile"),
        ("/members/tkowalczyk", f"/members/{NAME}"),
        ("/session/0b5f2c9e-77aa-4e21-9c3d-5a6e7f8091ab/upload", f"/session/{SECRET}/upload"),
        ("/users/settings", "/users/settings"),
        ("/v/9Kd2PxQ7mZ", f"/v/{SECRET}"),
        ("/events/martin-luther-king-day", "/events/martin-luther-king-day"),
        ("/u/tnakamura_31/inbox", f"/u/{NAME}/inbox"),
        ("/reset/pw/u/qvarga/k/9b07e2c4", f"/reset/pw/u/{NAME}/k/{SECRET}"),
        # Vietnamese slugs, some of whose words are also given names ("huong", "thanh"), stay; a given
        # name with a Vietnamese family name, or a name in Vietnamese order, goes
        ("/vi/ho-tro/huong-dan-thanh-toan", "/vi/ho-tro/huong-dan-thanh-toan"),
        ("/vi/bao-hiem/trang-chu", "/vi/bao-hiem/trang-chu"),
        ("/vi/thanh-vien/khoa-hoc", "/vi/thanh-vien/khoa-hoc"),
        ("/confirm/thanh-pham", f"/confirm/{NAME}"),
        ("/ho-so/tran-thi-huong", f"/ho-so/{NAME}"),
        ("/ho-so/linh-bui/giay-to", f"/ho-so/{NAME}/giay-to"),
        ("/benefits/grace-period", "/benefits/grace-period"),
    ],
)
def test_page_urls_lose_names_in_any_segment(url: str, stored: str) -> None:
    assert redact_url(url) == stored
