"""Elbasan, Albania: seed 003 ("City Spotlight: Elbasan, Albania"), its Local Safety Council,
the mayor's testimonial and the UNGA 78 side event."""

import datetime

LLATJA = {"ar": "جليديان لاتجا", "en": "Gledian Llatja"}
LLATJA_ROLE = {"ar": "رئيس بلدية إلباسان، ألبانيا", "en": "Mayor of Elbasan, Albania"}
LLATJA_QUOTE = {
    "ar": "لم تحظَ أهمية الوقاية دائمًا بالاعتراف الكافي في جميع هياكل بلديتنا. ولكننا، باتباع نهج شامل يشرك المجتمع بأكمله، استثمرنا الكثير من الوقت والجهد في رفع الوعي ونجحنا في تحقيق هدفنا. كانت هذه الجهود صعبة واستغرقت وقتًا طويلًا، لكنها أثمرت نتائج إيجابية. والشباب عنصر أساسي فيها، ونعمل بجد لإيصال أصواتهم إلى عملية صنع القرار.",
    "en": "The importance of prevention has not always been sufficiently recognised across all the structures of our municipality. But by taking a comprehensive, whole-of-society approach, we invested a great deal of time and effort in raising awareness and succeeded in reaching our goal. These efforts were difficult and took a long time, but they have produced positive results. Young people are at the heart of this work, and we are working hard to bring their voices into decision-making.",
}

COUNCILS = [
    {
        "city": "elbasan",
        "kind": "safety_council",
        "order": 1,
        "founded_on": "2016",
        "founded_source": "003: تم تشكيل المجلس في عام 2016، ويتولى مهمة واسعة لتعزيز السلامة والأمن العامين",
        "name": {"ar": "مجلس السلامة المحلي في إلباسان", "en": "Elbasan Local Safety Council"},
        "chair": {"ar": "رئيس بلدية إلباسان", "en": "The Mayor of Elbasan"},
        "mandate": {
            "ar": (
                "<p>مجلس متعدد الجهات يتولى مهمة واسعة لتعزيز السلامة والأمن العامين، ومسؤولية تحديد التحديات المحلية المتعلقة بالكراهية والتطرف والاستقطاب والتخفيف منها. ومنذ إطلاقه ينسّق المجلس استجابة المدينة للمخاطر والتهديدات المحلية، مثل الجريمة المنظمة والعنف القائم على النوع الاجتماعي والتطرف العنيف، ويستفيد من تنوّع أعضائه لرصد هذه التهديدات وفهمها مبكرًا.</p>"
                "<p>عمل المجلس مع بعثة منظمة الأمن والتعاون في أوروبا في ألبانيا لضمان توافق نهجه مع الأطر الوطنية، ومنها الاستراتيجية الوطنية لمكافحة التطرف العنيف. ويجتمع بانتظام لمناقشة التهديدات الناشئة، وينشر نشرات شهرية عن عمله.</p>"
            ),
            "en": (
                "<p>A multi-agency council with a broad mandate to promote public safety and security, responsible for identifying and mitigating local challenges related to hate, extremism and polarisation. Since its launch it has coordinated the city's response to local risks and threats such as organised crime, gender-based violence and violent extremism, drawing on its diverse membership to identify and understand these threats early.</p>"
                "<p>It has worked with the OSCE Presence in Albania to align its approach with national frameworks, including the national strategy for countering violent extremism. It meets regularly to discuss emerging threats and publishes a monthly newsletter on its work.</p>"
            ),
        },
        # Roles without counts: the source names who sits, not how many ("represented").
        "seats_source": "003: ويرأسها عمدة المدينة وتضم المدعي العام للمنطقة القضائية بالمدينة، والمدير المحلي لشرطة ولاية إلباسان… (roles only, no numbers)",
        "seats": [
            ("municipality", {"ar": "رئيس البلدية (رئيس المجلس)", "en": "Mayor (chair)"}),
            (
                "prosecution",
                {
                    "ar": "المدعي العام للدائرة القضائية في إلباسان",
                    "en": "Prosecutor of the Elbasan judicial district",
                },
            ),
            (
                "police",
                {
                    "ar": "المدير المحلي لشرطة الدولة في إلباسان",
                    "en": "Local Director of the State Police, Elbasan",
                },
            ),
            ("municipality", {"ar": "رئيس المجلس البلدي", "en": "Chair of the Municipal Council"}),
            (
                "health",
                {"ar": "مدير الصحة العامة في إلباسان", "en": "Head of Public Health, Elbasan"},
            ),
            (
                "social_services",
                {
                    "ar": "مدير الخدمات الاجتماعية في إلباسان",
                    "en": "Head of Social Services, Elbasan",
                },
            ),
            ("courts", {"ar": "ممثل محكمة إلباسان", "en": "Representative of the Elbasan Court"}),
            ("child_protection", {"ar": "مسؤول حماية الطفل", "en": "Child Protection Officer"}),
            ("gender", {"ar": "مسؤول الشؤون الجنسانية", "en": "Gender Officer"}),
            (
                "emergency",
                {"ar": "ممثل الطوارئ المدنية", "en": "Representative of Civil Emergencies"},
            ),
            (
                "police",
                {"ar": "ممثل الشرطة البلدية", "en": "Representative of the Municipal Police"},
            ),
            (
                "transport",
                {"ar": "ممثل مديرية النقل", "en": "Representative of the Transport Directorate"},
            ),
            (
                "media",
                {"ar": "ممثلو وسائل الإعلام المحلية", "en": "Representatives of local media"},
            ),
            (
                "religious",
                {"ar": "ممثلو الطوائف الدينية", "en": "Representatives of religious communities"},
            ),
            ("minorities", {"ar": "ممثلو الأقليات", "en": "Representatives of minorities"}),
            (
                "civil_society",
                {"ar": "ممثلو المجتمع المدني", "en": "Representatives of civil society"},
            ),
            (
                "private_sector",
                {"ar": "ممثلو القطاع الخاص", "en": "Representatives of the private sector"},
            ),
        ],
    },
]

TESTIMONIALS = [
    {
        "city": "elbasan",
        "featured": True,
        "person": LLATJA,
        "role": LLATJA_ROLE,
        "quote": LLATJA_QUOTE,
    },
]

EVENTS = [
    {
        "slug": "unga-78-gctf-side-event-2023",
        "kind": "other",
        "start_date": "2023",
        # The source names the session, not a date: the 78th session of the General Assembly
        # is the one that opened in 2023. No month is shown, and no place: the source gives none.
        "date_source": "003: خلال الافتتاح رفيع المستوى لـ 78ال دورة الجمعية العامة للأمم المتحدة (the 78th session, which opened in 2023)",
        "hub": None,
        "title": {
            "ar": "حدث جانبي للمنتدى العالمي لمكافحة الإرهاب خلال الدورة 78 للجمعية العامة للأمم المتحدة",
            "en": "GCTF side event at the 78th UN General Assembly",
        },
        "summary": {
            "ar": "يسّرت شبكة المدن القوية مشاركة رئيس بلدية إلباسان جليديان لاتجا في حدث جانبي للمنتدى العالمي لمكافحة الإرهاب حول تعزيز التعاون الوطني المحلي ودعم الوقاية من التطرف العنيف ومكافحته على مستوى المجتمع المحلي.",
            "en": "The Strong Cities Network facilitated the participation of Elbasan's mayor, Gledian Llatja, in a Global Counterterrorism Forum (GCTF) side event on strengthening national–local cooperation and supporting community-level prevention and countering of violent extremism.",
        },
        "body": {
            "ar": "<p>عُقد الحدث خلال الافتتاح رفيع المستوى للدورة الثامنة والسبعين للجمعية العامة للأمم المتحدة، وتحدّث فيه رئيس البلدية لاتجا عن احتياجات مدينته في مجال الوقاية.</p>",
            "en": "<p>The event took place during the high-level opening of the 78th session of the UN General Assembly, where Mayor Llatja spoke about his city's prevention needs.</p>",
        },
        "participants": ["elbasan"],
    },
]

SPOTLIGHT = {
    "slug": "city-spotlight-elbasan-albania",
    "kind": "city_spotlight",
    "city": "elbasan",
    # Seed 003 is undated: the spotlight shows no date (the publication moment below only
    # puts it on the site, after its latest event; it is not shown).
    "published_at": datetime.date(2023, 10, 1),
    "date": None,
    "date_source": "003: none: the spotlight carries no date",
    "mentioned_cities": ["skopje", "gostivar"],
    "topics": [
        "local-safety-councils",
        "youth-engagement",
        "national-local-cooperation",
        "social-cohesion",
        "preventing-violent-extremism",
    ],
    "title": {
        "ar": "أضواء على المدينة: إلباسان، ألبانيا",
        "en": "City Spotlight: Elbasan, Albania",
    },
    "summary": {
        "ar": "إلباسان، رابع أكبر بلدية في ألبانيا ومدينة متعددة الأديان، تواجه التطرف الذي يستهدف شبابها بمجلس للسلامة المحلية يرأسه رئيس البلدية ويجمع الشرطة والقضاء والخدمات والمجتمع المدني.",
        "en": "Elbasan, Albania's fourth-largest municipality and a multi-faith city, is tackling extremism that targets its young people through a Local Safety Council chaired by the mayor that brings together police, justice, services and civil society.",
    },
    "hero_caption": {"ar": "", "en": ""},
    "hero_alt": {"ar": "", "en": ""},
    "quote": LLATJA_QUOTE,
    "quote_person": LLATJA,
    "quote_role": LLATJA_ROLE,
    "authors": [],
    "sections": [
        {
            "heading": {"ar": "", "en": ""},
            "body": {
                "ar": (
                    "<p>إلباسان رابع أكبر بلدية في ألبانيا، وموطن لمجتمع متعدد الأديان تتجاور فيه دور العبادة الإسلامية والأرثوذكسية والكاثوليكية. انضمت المدينة إلى شبكة المدن القوية عام 2017، وتشارك بنشاط في أعمال الشبكة منذ ذلك الحين. فعلى سبيل المثال، شاركت البلدية في تبادل بين المدن نظّمته الشبكة في سكوبيي وغوستيفار عام 2019. وفي عام 2021، بعد تخفيف تدابير الحد من جائحة كوفيد-19، نظّمت المدينة بنفسها تبادلًا مماثلًا لتشجيع الحكومات المحلية على إعطاء الأولوية للوقاية. وفي حزيران/يونيو 2023 استضافت ورشة عمل إقليمية للشبكة حول المقاربات التي تقودها المدن لتمكين الشباب من التصدي للتطرف.</p>"
                    "<p>وقد جرى كثير من تعامل الشبكة مع المدينة مباشرة مع رئيس البلدية جليديان لاتجا، الذي أبدى قيادة والتزامًا بالوقاية التي تقودها المدن، ومن ذلك إسهامه في إعداد دليل المدن القوية لرؤساء البلديات. كما يسّرت الشبكة مشاركته في حدث جانبي للمنتدى العالمي لمكافحة الإرهاب (GCTF) حول تعزيز التعاون الوطني المحلي ودعم الوقاية من التطرف العنيف ومكافحته على مستوى المجتمع المحلي، خلال الأسبوع رفيع المستوى لافتتاح الدورة الثامنة والسبعين للجمعية العامة للأمم المتحدة، حيث تحدّث عن احتياجات مدينته في مجال الوقاية.</p>"
                ),
                "en": (
                    "<p>Elbasan is Albania's fourth-largest municipality. It is home to a multi-faith community where Muslim, Orthodox and Catholic places of worship stand side by side. The city joined the Strong Cities Network in 2017 and has been an active participant in its work ever since. For example, the municipality took part in a city exchange that Strong Cities organised in Skopje and Gostivar in 2019. In 2021, once COVID-19 restrictions were eased, the city organised an exchange of its own to encourage local governments to prioritise prevention. In June 2023, it hosted a Strong Cities regional workshop on city-led approaches to empowering young people to counter extremism.</p>"
                    "<p>Much of Strong Cities' engagement with the city has been directly with Mayor Gledian Llatja, who has shown leadership and commitment to city-led prevention, including by contributing to the Strong Cities Guide for Mayors. Strong Cities also facilitated Mayor Llatja's participation in a Global Counterterrorism Forum (GCTF) side event on strengthening national–local cooperation and supporting community-level prevention and countering of violent extremism during the high-level opening of the 78th session of the UN General Assembly, where he spoke about his city's prevention needs.</p>"
                ),
            },
        },
        {
            "heading": {
                "ar": "ما الذي يثير قلق الحكومة المحلية؟",
                "en": "What concerns the local government?",
            },
            "body": {
                "ar": (
                    "<p>واجهت إلباسان على مر السنين تحديات كبيرة مع الجماعات المتطرفة والكراهية، بل كانت من أبرز البؤر في ألبانيا التي سافر منها أفراد إلى سوريا والعراق لدعم تنظيم الدولة الإسلامية. ووفقًا لمنسق مجلس السلامة المحلي في المدينة (وهو بنية متعددة الجهات لمنع الكراهية والتطرف والاستقطاب وغيرها من القضايا الاجتماعية؛ انظر «كيف تستجيب الحكومة المحلية؟»)، فإن الشباب هم الهدف الأساسي لهذه الجماعات، إذ يستغل المتطرفون بطالة الشباب خصوصًا لتجنيدهم.</p>"
                    "<p>والأهم من ذلك أن البلدية، رغم امتلاكها بنى للوقاية مثل مجلس السلامة المحلي، واجهت صعوبات في التعريف بالمجلس وبناء الثقة بينه وبين السكان، لأن التطرف موضوع محظور الحديث فيه في المدينة.</p>"
                ),
                "en": (
                    "<p>Elbasan has faced significant challenges from extremist and hate groups over the years. Indeed, it was one of Albania's main hotspots from which individuals travelled to Syria and Iraq to support the Islamic State. According to the coordinator of the city's Local Safety Council (a multi-agency structure for preventing hate, extremism, polarisation and other social issues; see \"How is the local government responding?\"), young people are the primary targets of such groups, with extremists exploiting youth unemployment in particular to recruit them.</p>"
                    "<p>Importantly, although the municipality has prevention structures in place, such as the Local Safety Council, it has struggled to raise awareness of the council and to build trust between the council and residents, because extremism is a taboo subject in the city.</p>"
                ),
            },
        },
        {
            "heading": {
                "ar": "كيف تستجيب الحكومة المحلية؟",
                "en": "How is the local government responding?",
            },
            "body": {
                "ar": (
                    "<p>ركّزت جهود الوقاية المحلية في إلباسان على تعزيز التعاون بين البلدية والشرطة المحلية والنيابة العامة، من خلال إنشاء مجلس السلامة المحلي الذي يضم أصحاب مصلحة متعددين، ويتولى مسؤولية تحديد التحديات المحلية المتعلقة بالكراهية والتطرف والاستقطاب والتخفيف منها.</p>"
                    "<p>تأسس المجلس عام 2016 وله مهمة واسعة لتعزيز السلامة والأمن العامين. يرأسه رئيس البلدية، ويضم المدعي العام للدائرة القضائية في المدينة، والمدير المحلي لشرطة الدولة في إلباسان، ورئيس المجلس البلدي، ومدير الصحة العامة، ومدير الخدمات الاجتماعية، وممثل محكمة إلباسان، ومسؤول حماية الطفل، ومسؤول الشؤون الجنسانية، وممثلين عن الطوارئ المدنية والشرطة البلدية ومديرية النقل، إضافة إلى ممثلين عن وسائل الإعلام المحلية والطوائف الدينية والأقليات والمجتمع المدني والقطاع الخاص.</p>"
                    "<p>ومنذ إطلاقه، ينسّق المجلس استجابة المدينة للمخاطر والتهديدات المحلية مثل الجريمة المنظمة والعنف القائم على النوع الاجتماعي والتطرف العنيف، ويستفيد من تنوّع أعضائه لرصد هذه التهديدات وفهمها منذ بدايتها. كما عمل مع بعثة منظمة الأمن والتعاون في أوروبا (OSCE) في ألبانيا لضمان توافق نهجه مع الأطر الوطنية ذات الصلة، ومنها الاستراتيجية الوطنية لمكافحة التطرف العنيف. ولتعزيز أثره ومصداقيته لدى السكان، اعتمدت المدينة مؤخرًا استراتيجية للتواصل والتوعية تركّز خصوصًا على التواصل مع المجتمعات المهمشة.</p>"
                ),
                "en": (
                    "<p>Elbasan's local prevention efforts have focused on strengthening cooperation between the municipality, the local police and prosecutors through a multi-stakeholder Local Safety Council, which is responsible for identifying and mitigating local challenges related to hate, extremism and polarisation.</p>"
                    "<p>Formed in 2016, the council has a broad mandate to promote public safety and security. It is chaired by the mayor and includes the prosecutor of the city's judicial district, the local director of the Elbasan State Police, the chair of the municipal council, the heads of public health and social services in Elbasan, a representative of the Elbasan court, the child protection officer, the gender officer, and representatives of civil emergencies, the municipal police and the transport directorate, as well as representatives of local media, religious communities, minorities, civil society and the private sector.</p>"
                    "<p>Since its launch, the council has coordinated the city's response to local risks and threats such as organised crime, gender-based violence and violent extremism, drawing on its diverse membership to identify and understand these threats from the outset. It has also worked with the OSCE Presence in Albania to ensure its approach aligns with relevant national frameworks, including the country's national strategy for countering violent extremism. To increase its impact and credibility among residents, the city recently adopted a communications and outreach strategy with a particular focus on engaging marginalised communities.</p>"
                ),
            },
        },
        {
            "heading": {"ar": "ماذا بعد؟", "en": "What's next?"},
            "body": {
                "ar": "<p>يجتمع مجلس السلامة المحلي في إلباسان بانتظام لمناقشة التهديدات الناشئة وتداول الاستجابات الممكنة. غير أن المدينة تسعى إلى تمويل إضافي للحفاظ على أثر المجلس وتوسيع نطاقه، ولا سيما للبناء على أنشطة بناء الثقة التي بدأت تنفيذها. وفي هذا السياق، ولتحسين التعريف بعمله عمومًا، يستكشف المجلس، الذي ينشر بالفعل نشرات شهرية عن عمله، سبلًا لتحديث تواصله وفهم أثره على نحو أفضل، ومن ذلك الاستفادة من التكنولوجيا بفعالية أكبر لضمان وصول أخبار عمله إلى جميع السكان.</p>",
                "en": "<p>Elbasan's Local Safety Council meets regularly to discuss emerging threats and brainstorm responses. However, the city is seeking additional funding to sustain and scale up the council's impact, in particular to build on the trust-building activities it has already begun. In this context, and to communicate better about its work in general, the council, which already publishes a monthly newsletter, is exploring options to modernise its communications and better understand its impact. This includes making more effective use of technology to help ensure news of its work reaches all residents.</p>",
            },
        },
    ],
}

RESOURCES = [
    {
        "slug": "strong-cities-guide-for-mayors",
        "kind": "guide",
        "url": "",
        "hubs": [],
        "topics": ["preventing-violent-extremism", "national-local-cooperation"],
        "title": {
            "ar": "دليل المدن القوية لرؤساء البلديات",
            "en": "Strong Cities Guide for Mayors",
        },
        "summary": {
            "ar": "دليل عملي لرؤساء البلديات حول الوقاية التي تقودها المدن من الكراهية والتطرف والاستقطاب، أسهم في إعداده رئيس بلدية إلباسان جليديان لاتجا.",
            "en": "A practical guide for mayors on city-led prevention of hate, extremism and polarisation, to which Elbasan's mayor, Gledian Llatja, contributed.",
        },
    },
]
