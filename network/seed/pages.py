"""The standing pages: about, contact, privacy and accessibility.

The about page states only what the seed pages say (hub pages 000 and 004, history 001/002);
the network's founding date and its overall governance are not in the seeds, so it does not
give them. Staff complete the pages in the admin; the loader keeps their edits.
"""

import datetime

PUBLISHED_AT = datetime.date(2023, 10, 1)

PAGES = [
    {
        "slug": "about",
        "title": {"ar": "عن الشبكة", "en": "About the network"},
        "summary": {
            "ar": "تربط شبكة المدن القوية رؤساء البلديات والبلديات والممارسين المحليين للوقاية من الكراهية والتطرف والاستقطاب.",
            "en": "The Strong Cities Network connects mayors, municipalities and local practitioners to prevent hate, extremism and polarisation.",
        },
        "body": {
            "ar": (
                "<p>تدعم شبكة المدن القوية القادة والمتخصصين المحليين وتمكّنهم من تبادل خبراتهم ومعرفتهم المباشرة بعمل الوقاية من جميع أشكال التطرف العنيف، من أجل توجيه السياسات والممارسات في مجتمعاتهم وتحسينها.</p>"
                "<h2>المحاور الإقليمية</h2>"
                "<ul>"
                "<li><strong>غرب البلقان</strong>: يعمل فيه فريق من الخبراء المحليين في مقدونيا الشمالية والبوسنة والهرسك، بتمويل من وزارة الخارجية الأمريكية. وللشبكة في غرب البلقان أكثر من 40 مدينة عضوًا.</li>"
                "<li><strong>الشرق الأوسط وشمال أفريقيا</strong>: تموّله مبادرة المدن القوية التابعة للاتحاد الأوروبي. وشاركت سبع وعشرون بلدية ومحافظة من مصر والعراق والأردن ولبنان وليبيا والمغرب وتونس في حدثه الافتتاحي في آذار/مارس 2023.</li>"
                "</ul>"
                "<h2>من تاريخ الشبكة</h2>"
                "<p>في عامي 2016 و2017 عمل معهد الحوار الإستراتيجي مع الجمعية الدولية لإدارة المدن/المقاطعات (ICMA) لتأمين المشاركة الإقليمية في غرب البلقان ووصل بلدياته بأعضاء الشبكة في أنحاء العالم.</p>"
            ),
            "en": (
                "<p>The Strong Cities Network supports local leaders and practitioners and enables them to share their first-hand experience and knowledge of preventing all forms of violent extremism, so as to inform and improve policy and practice in their communities.</p>"
                "<h2>The regional hubs</h2>"
                "<ul>"
                "<li><strong>Western Balkans</strong>: staffed by a team of local experts in North Macedonia and Bosnia and Herzegovina and funded by the US Department of State. The network has more than 40 member cities in the Western Balkans.</li>"
                "<li><strong>Middle East and North Africa</strong>: funded by the European Union's Strong Cities initiative. Twenty-seven municipalities and governorates from Egypt, Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia took part in its inaugural event in March 2023.</li>"
                "</ul>"
                "<h2>From the network's history</h2>"
                "<p>In 2016 and 2017 the Institute for Strategic Dialogue worked with the International City/County Management Association (ICMA) to engage the Western Balkans and connect its municipalities with the network's members around the world.</p>"
            ),
        },
    },
    {
        "slug": "contact",
        "title": {"ar": "اتصل بنا", "en": "Contact us"},
        "summary": {
            "ar": "لأي سؤال عن الشبكة أو محاورها الإقليمية أو الانضمام إليها، اكتبوا إلينا وسيردّ عليكم فريقنا.",
            "en": "For any question about the network, its regional hubs or joining it, write to us and our team will reply.",
        },
        "body": {
            "ar": "<p>إن كانت مدينتكم ترغب في الانضمام إلى الشبكة، فاستخدموا استمارة الانضمام. ولأي أمر آخر، راسلونا بالبريد الإلكتروني أو بالاستمارة أدناه.</p>",
            "en": "<p>If your city would like to join the network, please use the membership application form. For anything else, write to us by e-mail or with the form below.</p>",
        },
    },
    {
        "slug": "privacy",
        "title": {"ar": "إشعار الخصوصية", "en": "Privacy notice"},
        "summary": {
            "ar": "ما البيانات التي نجمعها عبر استمارات هذا الموقع، ولماذا، وكم نحتفظ بها، ومن تسأل عنها.",
            "en": "What the forms on this site collect, why, how long we keep it and whom to ask.",
        },
        "body": {
            "ar": (
                "<h2>قراءة الموقع</h2>"
                "<p>لا يضع الموقع ملفات تعريف الارتباط (كوكيز) لمن يكتفي بقراءة صفحاته، ولا يحمّل شيئًا من مواقع أطراف ثالثة.</p>"
                "<h2>استمارة الانضمام</h2>"
                "<p>تجمع اسم البلدية أو السلطة المحلية وبلدها وعدد سكانها وموقعها الإلكتروني، واسم الشخص المسؤول عن التواصل ومنصبه وبريده الإلكتروني وهاتفه إن ذكرتموه، واللغة المفضلة، وهياكل الوقاية القائمة، والمواضيع التي تهمكم، وسبب رغبتكم في الانضمام. نستخدم هذه البيانات لمراجعة الطلب والتواصل معكم بشأنه فقط.</p>"
                "<h2>استمارة الاتصال</h2>"
                "<p>تجمع اسمكم وبريدكم الإلكتروني واسم مدينتكم أو منظمتكم إن ذكرتموه ورسالتكم. نستخدمها للرد عليكم فقط، ولا يطّلع عليها إلا فريق الشبكة.</p>"
                "<h2>للاستفسار</h2>"
                "<p>لأي سؤال عن بياناتكم أو لطلب الاطلاع عليها أو حذفها، اكتبوا إلينا عبر صفحة الاتصال.</p>"
            ),
            "en": (
                "<h2>Reading the site</h2>"
                "<p>The site sets no cookies for visitors who only read its pages, and loads nothing from third-party sites.</p>"
                "<h2>The membership application form</h2>"
                "<p>It collects the name of the municipality or local authority, its country, population and website; the name, position, e-mail address and (optionally) telephone number of the contact person; the preferred language; the prevention structures already in place, the topics of interest and why the authority wants to join. We use these details only to review the application and to contact you about it.</p>"
                "<h2>The contact form</h2>"
                "<p>It collects your name, your e-mail address, your city or organisation if you give it, and your message. We use them only to answer you, and only the network's staff read them.</p>"
                "<h2>Whom to ask</h2>"
                "<p>For any question about your data, or to see or erase it, write to us through the contact page.</p>"
            ),
        },
    },
    {
        "slug": "accessibility",
        "title": {"ar": "بيان إمكانية الوصول", "en": "Accessibility statement"},
        "summary": {
            "ar": "نريد أن يتمكن الجميع من استخدام هذا الموقع بالعربية والإنجليزية.",
            "en": "We want everyone to be able to use this site, in Arabic and in English.",
        },
        "body": {
            "ar": (
                "<p>صُمّم الموقع ليعمل بلوحة المفاتيح وقارئات الشاشة، وباتجاه الكتابة الصحيح لكل لغة، ولتبقى صفحاته مقروءة عند تكبير النص. ولكل خريطة ورسم بياني بديل نصي.</p>"
                "<h2>أخبرنا إن واجهت صعوبة</h2>"
                "<p>إن تعذّر عليكم استخدام جزء من الموقع، فاكتبوا إلينا عبر صفحة الاتصال، واذكروا الصفحة وما حدث، وسنعمل على إصلاحه.</p>"
            ),
            "en": (
                "<p>The site is built to work with a keyboard and with screen readers, in the right reading direction for each language, and to stay readable when text is enlarged. Every map and chart has a text alternative.</p>"
                "<h2>Tell us if something is hard to use</h2>"
                "<p>If you cannot use part of the site, write to us through the contact page, say which page and what happened, and we will work on fixing it.</p>"
            ),
        },
    },
]
