"""The Western Balkans Regional Hub: seed 000 (hub page) and seed 001 (the network's history
in the region, the Durrës workshop, the 2018 consultations and the Local Innovation Grant)."""

import datetime

SLUG = "western-balkans"
INAUGURAL_WORKSHOP = "wb-inaugural-workshop-sarajevo-2023"

HUB = {
    "slug": SLUG,
    "order": 1,
    # The hub page shows the February 2023 inaugural workshop as its starting point.
    "published_at": datetime.date(2023, 2, 1),
    "name": {"ar": "غرب البلقان", "en": "Western Balkans"},
    # The directory lists fewer: the page says "more than 40 member cities" in the region.
    "stated_member_count": 40,
    "stated_member_count_qualifier": "more_than",
    "stated_member_count_source": "001: وبما أن للشبكة في منطقة غرب البلقان أكثر من 40 مدينة عضوة",
    "summary": {
        "ar": "يعمل المحور الإقليمي لغرب البلقان مع الحكومات المحلية لتحديد احتياجاتها وأولوياتها، ويزوّدها بالدعم والموارد لتصبح رائدة في مجال الوقاية.",
        "en": "The Western Balkans Regional Hub works with local governments to identify their needs and priorities and gives them the support and resources to become leaders in prevention.",
    },
    "introduction": {
        "ar": (
            "<p>يعمل المحور الإقليمي لغرب البلقان مع الحكومات المحلية لتحديد احتياجاتها وأولوياتها، ويزوّدها بما يلزمها من دعم وموارد وفرص للتواصل لتصبح رائدة في مجال الوقاية، ويضمن إيصال وجهات نظرها إلى النقاشات الوطنية والإقليمية والعالمية المتعلقة بالسياسات والبرامج.</p>"
            "<p>منذ تأسيسها، تدعم شبكة المدن القوية القادة والمتخصصين المحليين وتمكّنهم من تبادل خبراتهم ومعرفتهم المباشرة بعمل الوقاية من جميع أشكال التطرف العنيف، من أجل توجيه السياسات والممارسات في مجتمعاتهم وتحسينها. ومع أكثر من 40 مدينة عضوًا في غرب البلقان، تتمتع البلديات بموقع مثالي لتصميم مبادرات محلية تقودها بنفسها، مستفيدة من أفضل الممارسات الدولية المجرَّبة ومن دعم نظرائها.</p>"
        ),
        "en": (
            "<p>The Western Balkans Regional Hub works with local governments to identify their needs and priorities and provides them with the support, resources and access they need to become leaders in prevention, ensuring that their perspectives inform national, regional and global policy and programming conversations.</p>"
            "<p>Since its founding, the Strong Cities Network has supported local leaders and practitioners and enabled them to share their first-hand experience and knowledge of preventing all forms of violent extremism, so as to inform and improve policy and practice in their communities. With more than 40 member cities in the Western Balkans, municipalities are ideally placed to design and lead their own local initiatives, drawing on tested international good practice and the support of their peers.</p>"
        ),
    },
    "priorities_intro": {
        "ar": "<p>عقد المحور الإقليمي لغرب البلقان ورشة عمله الافتتاحية حضوريًا في سراييفو في شباط/فبراير 2023. ومن الأولويات التي حددها رؤساء البلديات المشاركون والممثلون المحليون والوطنيون والمجتمع المدني والجهات الدولية المعنية الحاجةُ إلى مزيد من الجهود التي تقودها الحكومات المحلية لمعالجة عوامل رأوا أنها تؤجج التطرف والعنف بدافع الكراهية وتهدد النسيج الاجتماعي.</p>",
        "en": "<p>The Western Balkans Regional Hub held its in-person inaugural workshop in Sarajevo in February 2023. Among the priorities identified by the participating mayors, local and national representatives, civil society and multilateral stakeholders was the need for more local government-led efforts to address factors they identified as fuelling extremism and hate-motivated violence and threatening the social fabric.</p>",
    },
    "impact_intro": {
        "ar": "يحقق المحور الإقليمي لغرب البلقان أثرًا ملموسًا في المنطقة، ومن ذلك:",
        "en": "The Western Balkans Regional Hub is making a significant impact in the region, including:",
    },
    "about": {
        "ar": (
            "<p>يستند المحور الإقليمي لغرب البلقان إلى عمل الشبكة السابق في المنطقة ويستلهم منه، ويقوم على ركائز منها:</p>"
            "<ul><li>دعم شبكات الوقاية التي تضم أصحاب مصلحة متعددين؛</li>"
            "<li>تيسير تبادل الخبرات بين المدن للتعلم من النظراء؛</li>"
            "<li>رصد مدى قدرة المجتمعات المحلية على الصمود في وجه التطرف؛</li>"
            "<li>تمكين المبادرات المجتمعية التي يقودها الشباب من خلال بناء الجسور بين السلطات المحلية والشباب.</li></ul>"
            "<p>يعمل في المحور فريق من الخبراء المحليين في مقدونيا الشمالية والبوسنة والهرسك، وبتمويل من وزارة الخارجية الأمريكية، وهو ينفّذ اليوم خطة عمل طموحة لتلبية الاحتياجات والأولويات المحلية وتمكين السلطات المحلية في أنحاء المنطقة من أن تصبح رائدة في مجال الوقاية.</p>"
            "<p>في كانون الثاني/يناير 2016 اقتصرت عضوية الشبكة في المنطقة على بلدية تشاير في سكوبيي (مقدونيا) وبلديتي بيجا وغيلان في كوسوفو، ثم انضمت إليها مدن وبلدات كثيرة في ألبانيا والبوسنة والهرسك وكوسوفو ومقدونيا والجبل الأسود وصربيا، والتزم قادتها المحليون بالعمل معًا لتعزيز قدرة مجتمعاتهم على الصمود اجتماعيًا وأمنيًا في وجه الكراهية والعنف والإرهاب. وخلال عامي 2016 و2017 عمل معهد الحوار الاستراتيجي مع الرابطة الدولية لإدارة المدن والمقاطعات (ICMA) على إشراك بلديات البلقان وربطها بأعضاء الشبكة حول العالم، فنُظّمت ثلاثة اجتماعات تدريبية في دول المنطقة وورشة عمل إقليمية للمتخصصين في دوريس بألبانيا في أيلول/سبتمبر 2017.</p>"
            "<p>وفي عام 2018 منحت الشبكة منحة الابتكار المحلي لمنظمة غوس ألبانيا (GUS)، وقدّمت خدمات استشارية متقدمة للمدن، وعملت مباشرة مع القادة السياسيين وصنّاع القرار المحليين لتحديد الاحتياجات والثغرات في القدرات المحلية. ويواظب أعضاء الشبكة في غرب البلقان على المشاركة في التدريبات والأنشطة الدولية، ومنها القمة العالمية لشبكة المدن القوية ومركز المعلومات الإلكتروني للشبكة. وبفضل كثرة الأعضاء في المنطقة وارتفاع مستوى التزامهم، تتمتع الشبكة بموقع مثالي للعمل مع الحكومات الوطنية والبلديات والمجتمعات المحلية على إجراءات مدروسة تراعي السياق وتبني على الخبرات المتراكمة، وتحدّ من المخاطر وتعزز الأمن والأمان في أنحاء المنطقة.</p>"
        ),
        "en": (
            "<p>The Western Balkans Regional Hub builds on, and is shaped in part by, the network's previous engagement in the region, including:</p>"
            "<ul><li>supporting multi-stakeholder prevention networks;</li>"
            "<li>facilitating city exchanges for peer learning;</li>"
            "<li>mapping community resilience to extremism;</li>"
            "<li>empowering youth-led community initiatives by building bridges between local authorities and young people.</li></ul>"
            "<p>Staffed by a team of local experts in North Macedonia and Bosnia and Herzegovina and funded by the US Department of State, the hub is now driving an ambitious plan of action to meet local needs and priorities and to empower local authorities across the region to become leaders in prevention.</p>"
            "<p>In January 2016 the network's members in the region were the municipality of Čair in Skopje (Macedonia) and the municipalities of Peja and Gjilan in Kosovo. Many more cities and towns in Albania, Bosnia and Herzegovina, Kosovo, Macedonia, Montenegro and Serbia have joined since, their leaders committing to work hand in hand to make their communities more socially resilient and secure in the face of hate, violence and terrorism. In 2016 and 2017 the Institute for Strategic Dialogue worked with the International City/County Management Association (ICMA) to engage the region and connect Balkan municipalities with Strong Cities members around the world, holding three training meetings in the region and a regional practitioners' workshop in Durrës, Albania, in September 2017.</p>"
            "<p>In 2018 the network awarded its Local Innovation Grant to GUS Albania, provided advanced advisory services to cities and worked directly with local political leaders and decision-makers to identify needs and gaps in local capacity. Western Balkans members continue to take part in international trainings and activities through the Strong Cities Global Summit and the network's online information hub. With so many members in the region, and such strong commitment among them, the network is ideally placed to work with national governments, municipalities and communities on sound, context-aware measures that build on accumulated experience, reduce risk and strengthen safety and security across the region.</p>"
        ),
    },
    "network_intro": {
        "ar": "تضم الشبكة العالمية مدنًا من سياقات وطنية ومحلية مختلفة، فأينما كانت مدينتك ستجد مدنًا أخرى تواجه تحديات مماثلة ولديها قدرات واحتياجات مماثلة.",
        "en": "The network's global membership spans cities in many national and local contexts, so wherever a city is, there are others facing similar challenges, with similar capacities and needs.",
    },
}

# Seed 000 names one compound need; each factor it lists is its own row.
PRIORITIES = [
    {
        "ar": "جهود تقودها الحكومات المحلية لمعالجة التوترات بين المجتمعات المحلية.",
        "en": "Local government-led efforts to address tensions between communities.",
    },
    {
        "ar": "جهود تقودها الحكومات المحلية لمعالجة المظالم التاريخية التي لم تُحل بعد.",
        "en": "Local government-led efforts to address unresolved historical grievances.",
    },
    {
        "ar": "استعادة الثقة في المؤسسات الحكومية.",
        "en": "Rebuilding trust in government institutions.",
    },
    {
        "ar": "تفويض واضح للحكومات المحلية بالانخراط في عمل الوقاية، وفهم واضح للطرق المتنوعة التي يمكنها بها القيام بذلك، بالنظر إلى ما تتمتع به المدن من مزايا بفضل قربها من المجتمعات المحلية وتواصلها معها.",
        "en": "A clear mandate for local governments to engage in prevention, and a clear understanding of the many ways they can do so, given the advantages cities have through their proximity to and engagement with local communities.",
    },
]

DANILOVGRAD_SENTENCE = "في دانيلوفغراد (الجبل الأسود)، تواصل عمدة المدينة المنتخب حديثًا مع منظمة المدن القوية للحصول على الدعم لتطوير مجلس السلامة المحلي (LSC) المستوحى من الدروس المستفادة من ورشة العمل الافتتاحية للمركز في فبراير 2023"

IMPACTS = [
    {
        "city": "danilovgrad",
        # Undated: the mayor's request it tells is a milestone of Danilovgrad's journey.
        "text": {
            "ar": "في دانيلوفغراد (الجبل الأسود)، تواصل رئيس البلدية المنتخب حديثًا مع شبكة المدن القوية طلبًا للدعم في إنشاء مجلس للسلامة المحلية، مستلهمًا الدروس المستفادة من ورشة العمل الافتتاحية للمحور في شباط/فبراير 2023. وفي تموز/يوليو نظّم المحور مائدة مستديرة لقادة المدن والممارسين تبادل فيها نظراء من أنحاء المنطقة خبراتهم في تطوير نماذج مماثلة وتنفيذها، وهو تعلّم يدعم دانيلوفغراد في تفعيل مجلسها.",
            "en": "In Danilovgrad (Montenegro), the newly elected mayor approached the Strong Cities Network for support in developing a Local Safety Council, inspired by lessons from the hub's inaugural workshop in February 2023. In July the hub then organised a roundtable for city leaders and practitioners at which peers from across the region shared their experience of developing and implementing similar models, learning that supports Danilovgrad in making its council operational.",
        },
    },
    {
        "city": "elbasan",
        # Undated on purpose: its June 2023 workshop is already on Elbasan's journey as the
        # event the city hosted.
        "text": {
            "ar": "في إلباسان (ألبانيا)، وفي حزيران/يونيو 2023، جمع المحور مدنًا من أنحاء المنطقة لمساعدة المدينة على تجاوز تحديات إشراك الشباب، لتتعلم من تجارب مدن نفّذت برامج وسياسات مؤثرة لتمكين الشباب.",
            "en": "In Elbasan (Albania), in June 2023, the hub brought together cities from across the region to help the city overcome challenges in engaging young people, so that it could learn from cities that have implemented effective youth empowerment programmes and policies.",
        },
    },
    {
        "city": "pristina",
        "text": {
            "ar": "في بريشتينا (كوسوفو)، عقد المحور اجتماعًا مع قادة البلديات لتحديد احتياجات مدن كوسوفو وتعزيز دورها في الوقاية.",
            "en": "In Pristina (Kosovo), the hub convened municipal leaders to identify the needs of Kosovo's cities and strengthen their role in prevention.",
        },
    },
    {
        "city": "brcko",
        "text": {
            "ar": "دعت حكومة مقاطعة برتشكو وحكومة اتحاد البوسنة والهرسك (البوسنة والهرسك) المحورَ إلى دعم تنفيذ خطط عملهما لمنع التطرف العنيف ومكافحته.",
            "en": "The governments of Brčko District and of the Federation of Bosnia and Herzegovina (Bosnia and Herzegovina) invited the hub to support the implementation of their action plans for preventing and countering violent extremism.",
        },
    },
]

CONTACTS = [
    {
        "name": {"ar": "سيميون دوكيتش", "en": "Simeon Dukic"},
        "role": {"ar": "نائب مدير المشاركة العالمية", "en": "Deputy Director, Global Engagement"},
    },
]

TESTIMONIALS = [
    {
        "city": "kumanovo",
        "featured": True,
        "person": {"ar": "ماكسيم ديميتريفسكي", "en": "Maksim Dimitrievski"},
        "role": {
            "ar": "رئيس بلدية كومانوفو، مقدونيا الشمالية",
            "en": "Mayor of Kumanovo, North Macedonia",
        },
        "quote": {
            "ar": "بدعم من شبكة المدن القوية، نجحت كومانوفو في إطلاق العديد من مبادرات التماسك الاجتماعي وبناء قدرة المجتمع على الصمود. ومن ذلك رسم خرائط للتهديدات والمخاطر في المدارس، بقيادة فريق العمل المجتمعي، لمعالجة النزاعات والسلوكيات المتطرفة وتوفير بيئة تعليمية أكثر أمانًا للعاملين والطلاب. واستكمالًا لهذا الجهد، نظّمت البلدية دورات تدريبية للأخصائيين النفسيين وعلماء الاجتماع والتربويين في المدارس حول الكشف المبكر عن علامات التطرف وإدارة الحالات. وقد أتاحت لنا شبكة المدن القوية مشاركة الدروس المستفادة من هذه العملية مع نظرائنا في أنحاء البلاد.",
            "en": "With the support of the Strong Cities Network, Kumanovo has successfully launched several initiatives for social cohesion and community resilience. These include threat and risk mapping in schools, led by the Community Action Team, to address conflicts and extremist behaviour and create a safer learning environment for staff and students. To complement this, the municipality organised training for school psychologists, sociologists and pedagogues on recognising early signs of extremism and on case management. Strong Cities has enabled us to share the lessons from this process with our peers across the country.",
        },
    },
    {
        "city": "podgorica",
        "person": {"ar": "ألكسندر زيكوفيتش", "en": "Aleksandar Zeković"},
        "role": {
            "ar": "مستشار في مكتب حقوق الإنسان، مدينة بودغوريتشا، الجبل الأسود",
            "en": "Adviser, Human Rights Office, City of Podgorica, Montenegro",
        },
        "quote": {
            "ar": "أثناء صياغة استراتيجيتنا لحماية حقوق الإنسان، ألهمنا تعاوننا مع شبكة المدن القوية إدراج مكونات تتعلق بمعالجة الكراهية والتطرف والاستقطاب في وثيقتنا الاستراتيجية. ونرى في ذلك خطوة مهمة نحو مدينة أكثر أمانًا وشمولًا للجميع.",
            "en": "While drafting our strategy for the protection of human rights, our cooperation with the Strong Cities Network inspired us to include components on addressing hate, extremism and polarisation in the strategy. We see this as an important step towards a safer and more inclusive city for all.",
        },
    },
    {
        "city": "prizren",
        "person": {"ar": "كوجتيم غاشي", "en": "Kujtim Gashi"},
        "role": {"ar": "نائب رئيس بلدية بريزرن، كوسوفو", "en": "Deputy Mayor of Prizren, Kosovo"},
        "quote": {
            "ar": "بعد مشاركتي في ورشة العمل الإقليمية لشبكة المدن القوية حول التعاون الوطني المحلي، التزمت بلديتنا بالعمل بتنسيق أوثق مع السلطات المركزية. ونهدف، بتوحيد جهودنا ومواردنا، إلى ضمان سلامة مجتمعنا ورفاهه. وفي إطار هذه الجهود، تعمل بلديتنا على صياغة وثيقة شاملة للاستجابة للأزمات وإدارتها.",
            "en": "After taking part in the Strong Cities regional workshop on national–local cooperation, our municipality committed to working in closer coordination with the central authorities. By joining our efforts and resources, we aim to ensure the safety and well-being of our community. As part of this, our municipality is drafting a comprehensive document on crisis response and management.",
        },
    },
    {
        "city": "sanski-most",
        "person": {"ar": "منصور سيفيروفيتش", "en": "Mensur Seferović"},
        "role": {
            "ar": "عضو المجلس البلدي، بلدية سانسكي موست، البوسنة والهرسك",
            "en": "Member of the Municipal Council, Sanski Most, Bosnia and Herzegovina",
        },
        "quote": {
            "ar": "أحرص على توسيع تعاوننا مع شبكة المدن القوية مستقبلًا، لأنني أرى أن للوقاية أهمية قصوى لمجتمعنا، وهي للأسف كثيرًا ما تُغفل في النقاشات.",
            "en": "I am keen to expand our cooperation with Strong Cities in the future, because I see prevention as a subject of the utmost importance for our community, and one that is unfortunately often overlooked in discussions.",
        },
    },
    {
        "city": "pristina",
        "person": {"ar": "ألباتون بيجتا", "en": "Albaton Bejta"},
        "role": {
            "ar": "مسؤول أمني أول، مدينة بريشتينا، كوسوفو",
            "en": "Senior Security Officer, City of Pristina, Kosovo",
        },
        "quote": {
            "ar": "ساعدت شبكة المدن القوية مدينة بريشتينا على توثيق روابطها العالمية، وأتاحت لها تبادل الممارسات الجيدة والخبرات مع زملاء من بلدان أخرى. وقد ساعدنا ذلك على فهم مشهد الوقاية في المنطقة وتقديره والتعلم منه على نحو أفضل.",
            "en": "Strong Cities has helped the City of Pristina strengthen its global ties and has enabled us to exchange good practice and experience with colleagues from other countries. This has helped us better understand, appreciate and learn from the prevention landscape in the region.",
        },
    },
]

# Seed 001 lists what the three ICMA trainings covered together, not per training.
TRAINING_SUMMARY_AR = "أحد ثلاثة اجتماعات تدريبية نظّمها معهد الحوار الاستراتيجي مع الرابطة الدولية لإدارة المدن والمقاطعات (ICMA) في دول البلقان. تناولت الجلسات التدريبية تقييم المخاطر وخطط العمل المحلية واستراتيجيات إشراك الشباب وآليات الإحالة المحلية، والعمل مع المتطرفين العنيفين السابقين في برامج نزع التطرف وفك الارتباط بالجماعات العنيفة."
TRAINING_SUMMARY_EN = "One of three training meetings the Institute for Strategic Dialogue held with ICMA in the Balkans. The training sessions covered risk assessment, local action plans, youth engagement strategies, local referral mechanisms, and working with former violent extremists on de-radicalisation and disengagement programmes."

# Dates are written at the precision the source gives ("2023-02", "2017"), each with the
# sentence it rests on (checked by tests/network/test_seed_sources.py).
EVENTS = [
    {
        "slug": INAUGURAL_WORKSHOP,
        "kind": "workshop",
        "start_date": "2023-02",
        "date_source": "000: عقد المركز الإقليمي لغرب البلقان ورشة العمل الافتتاحية الشخصية في سراييفو في فبراير 2023",
        "location": {"ar": "سراييفو، البوسنة والهرسك", "en": "Sarajevo, Bosnia and Herzegovina"},
        "title": {
            "ar": "ورشة العمل الافتتاحية للمحور الإقليمي لغرب البلقان",
            "en": "Western Balkans Regional Hub inaugural workshop",
        },
        "summary": {
            "ar": "ورشة العمل الافتتاحية الحضورية للمحور في سراييفو، حدد فيها رؤساء البلديات والممثلون المحليون والوطنيون والمجتمع المدني احتياجات مدن المنطقة وأولوياتها.",
            "en": "The hub's in-person inaugural workshop in Sarajevo, where mayors, local and national representatives and civil society set out the needs and priorities of the region's cities.",
        },
        "body": {
            "ar": "<p>حدد المشاركون الحاجة إلى مزيد من الجهود التي تقودها الحكومات المحلية لمعالجة التوترات بين المجتمعات المحلية والمظالم التاريخية التي لم تُحل وانعدام الثقة في المؤسسات الحكومية، وهي عوامل رأوا أنها تؤجج التطرف والعنف بدافع الكراهية وتهدد النسيج الاجتماعي. وقال المسؤولون المحليون أيضًا إنهم يفتقرون إلى تفويض واضح للانخراط في عمل الوقاية، وإلى فهم واضح للطرق المتنوعة التي يمكنهم بها ذلك.</p>",
            "en": "<p>Participants identified the need for more local government-led efforts to address tensions between communities, unresolved historical grievances and mistrust of government institutions, which they saw as fuelling extremism and hate-motivated violence and threatening the social fabric. Local officials also said they lack a clear mandate to engage in prevention, and a clear understanding of the many ways they could do so.</p>",
        },
        "participants": [],
    },
    {
        "slug": "danilovgrad-roundtable-2023",
        "kind": "roundtable",
        "start_date": "2023-07",
        "date_source": "000: في شهر يوليو، نظم المركز بعد ذلك مائدة مستديرة (the July after the February 2023 workshop)",
        # After the mayor's request ("بعد ذلك"), which the source dates only to 2023.
        "year_order": 2,
        # The seed says whom the roundtable served (Danilovgrad), not where it was held.
        "location": {"ar": "", "en": ""},
        "title": {
            "ar": "مائدة مستديرة حول مجالس السلامة المحلية لدعم دانيلوفغراد",
            "en": "Roundtable on local safety councils for Danilovgrad",
        },
        "summary": {
            "ar": "مائدة مستديرة لقادة المدن والممارسين تبادل فيها نظراء من أنحاء المنطقة خبراتهم في إنشاء مجالس السلامة المحلية، وهو تعلّم يدعم دانيلوفغراد في تفعيل مجلسها.",
            "en": "A roundtable for city leaders and practitioners at which peers from across the region shared their experience of setting up local safety councils, learning that supports Danilovgrad in making its own council operational.",
        },
        "body": {"ar": "", "en": ""},
        "participants": ["danilovgrad"],
    },
    {
        "slug": "elbasan-youth-workshop-2023",
        "kind": "workshop",
        "start_date": "2023-06",
        "date_source": "000: في إلباسان (ألبانيا)، في يونيو 2023، لمساعدة المدينة على التغلب على التحديات في إشراك الشباب",
        "host_city": "elbasan",
        "location": {"ar": "", "en": ""},
        "title": {
            "ar": "ورشة عمل إقليمية حول تمكين الشباب من التصدي للتطرف",
            "en": "Regional workshop on city-led approaches to empowering youth against extremism",
        },
        "summary": {
            "ar": "استضافت إلباسان ورشة عمل إقليمية جمعت مدنًا من أنحاء المنطقة لتتعلم المدينة من تجارب مدن نفّذت برامج وسياسات مؤثرة لتمكين الشباب.",
            "en": "Elbasan hosted a regional workshop that brought together cities from across the region so it could learn from cities that have implemented effective youth empowerment programmes and policies.",
        },
        "body": {"ar": "", "en": ""},
        "participants": ["elbasan"],
    },
    {
        "slug": "durres-practitioners-workshop-2017",
        "kind": "workshop",
        "start_date": "2017-09-12",
        "end_date": "2017-09-13",
        "date_source": "001: نظمت شبكة المدن القوية ورشة العمل الإقليمية للمتخصصين ... في 12 و13 أيلول/سبتمبر 2017 في دوريس",
        # Held in Durrës; seed 001: "استضاف ورشة العمل هذه شركاء الشبكة و... (ICMA)".
        "location": {"ar": "دوريس، ألبانيا", "en": "Durrës, Albania"},
        "title": {
            "ar": "ورشة العمل الإقليمية للمتخصصين في دوريس",
            "en": "Regional practitioners' workshop in Durrës",
        },
        "summary": {
            "ar": "ورشة العمل الإقليمية للمتخصصين في غرب البلقان، جمعت المدن الأعضاء من ألبانيا والبوسنة والهرسك وكوسوفو ومقدونيا والجبل الأسود وصربيا مع خبراء ومنظمات دولية شريكة.",
            "en": "The Western Balkans regional practitioners' workshop, bringing member cities from Albania, Bosnia and Herzegovina, Kosovo, Macedonia, Montenegro and Serbia together with experts and international partner organisations.",
        },
        "body": {
            "ar": "<p>نظّمت شبكة المدن القوية ورشة العمل الإقليمية للمتخصصين في غرب البلقان يومي 12 و13 أيلول/سبتمبر 2017 في دوريس بألبانيا، واستضافها شركاء الشبكة والرابطة الدولية لإدارة المدن والمقاطعات (ICMA)، وبناءً على الجلسات التدريبية التي عُقدت خلال العام في كوسوفو وألبانيا والجبل الأسود.</p><p>وإلى جانب التدريبات المخصصة للمتخصصين، جمعت الجلسات الافتتاحية شخصيات وطنية بارزة ورؤساء بلديات من المنطقة لبناء علاقات تعاون بين الأعضاء الذين يتجاوز عددهم أربعين مدينة.</p>",
            "en": "<p>The Strong Cities Network held its Western Balkans regional practitioners' workshop on 12–13 September 2017 in Durrës, Albania, hosted by the network's partners and the International City/County Management Association (ICMA), building on the training sessions held during the year in Kosovo, Albania and Montenegro.</p><p>Alongside training for practitioners, the opening sessions brought together senior national figures and mayors from the region to build cooperation among the network's more than forty member cities there.</p>",
        },
        "participants": [],
    },
    {
        "slug": "skopje-gostivar-city-exchange-2019",
        "kind": "city_exchange",
        "start_date": "2019",
        "date_source": "003: البلدية شارك في تبادل منظمة بواسطة المدن القوية في سكوبي و جوستيفار في 2019",
        "location": {
            "ar": "سكوبيي وغوستيفار، مقدونيا الشمالية",
            "en": "Skopje and Gostivar, North Macedonia",
        },
        "title": {
            "ar": "تبادل بين المدن في سكوبيي وغوستيفار",
            "en": "City exchange in Skopje and Gostivar",
        },
        "summary": {
            "ar": "تبادل بين المدن نظّمته شبكة المدن القوية في سكوبيي وغوستيفار، وشاركت فيه بلدية إلباسان.",
            "en": "A city exchange organised by the Strong Cities Network in Skopje and Gostivar, in which the municipality of Elbasan took part.",
        },
        "body": {"ar": "", "en": ""},
        "participants": ["elbasan"],
    },
    {
        "slug": "elbasan-city-exchange-2021",
        "kind": "city_exchange",
        "start_date": "2021",
        "date_source": "003: في عام 2021، مرة واحدة كوفيد-19 وتم تخفيف تدابير التخفيف, ال مدينة بحد ذاتها منظمة مثل هذا التبادل",
        "host_city": "elbasan",
        "location": {"ar": "", "en": ""},
        "title": {"ar": "تبادل بين المدن في إلباسان", "en": "City exchange in Elbasan"},
        "summary": {
            "ar": "بعد تخفيف تدابير الحد من جائحة كوفيد-19، نظّمت إلباسان بنفسها تبادلًا بين المدن لتشجيع الحكومات المحلية على إعطاء الأولوية للوقاية.",
            "en": "Once COVID-19 restrictions were eased, Elbasan organised a city exchange of its own to encourage local governments to make prevention a priority.",
        },
        "body": {"ar": "", "en": ""},
        "participants": ["elbasan"],
    },
    {
        "slug": "kosovo-north-macedonia-consultations-2018",
        "kind": "consultation",
        "start_date": "2018-09-17",
        "end_date": "2018-09-20",
        "date_source": "001: من 17 إلى 20 أيلول/سبتمبر 2018، قاد فريق عمل شبكة المدن القوية نشاطات استشارية",
        "location": {"ar": "كوسوفو ومقدونيا", "en": "Kosovo and Macedonia"},
        "title": {
            "ar": "استشارات مخصصة للمدن في كوسوفو ومقدونيا",
            "en": "Tailored city consultations in Kosovo and Macedonia",
        },
        "summary": {
            "ar": "قاد فريق شبكة المدن القوية أنشطة استشارية مع المدن الأعضاء وأصحاب المصلحة المحليين في كوسوفو ومقدونيا، بدايةً لمرحلة جديدة من نمو الشبكة في غرب البلقان.",
            "en": "The Strong Cities team led consultations with member cities and local stakeholders in Kosovo and Macedonia, opening a new phase of the network's growth in the Western Balkans.",
        },
        "body": {
            "ar": (
                "<p>بعد مرحلة الإشراك والتدريب التي انضمت خلالها أكثر من 40 بلدية من أنحاء غرب البلقان (ألبانيا والبوسنة والهرسك وكوسوفو ومقدونيا والجبل الأسود وصربيا) إلى الشبكة، تسعى الشبكة إلى تعميق مشاركتها ودعمها للبنى المحلية ومبادرات بناء القدرات في بلديات شريكة مختارة. والخطوة الأولى هي تعميق فهمها للسياقات المحلية وللأنشطة المنفذة حتى الآن والبرامج القائمة أو المخطط لها في المنطقة.</p>"
                "<p>تحدّث الفريق مع رئيس بلدية بريزرن السيد ميتاهر هاسكوكا ورئيس بلدية تشاير (سكوبيي) السيد فيسار غانيو عن التحديات الخاصة التي تواجه كلًّا منهما في مجال الوقاية من التطرف العنيف ومكافحته، واطّلع من المنسقين الوطنيين لمكافحة الإرهاب والوقاية من التطرف العنيف ومكافحته في كوسوفو ومقدونيا على آخر مستجدات الجهود الوطنية. وإدراكًا للدور المحوري للمتخصصين والمجتمع المدني ومنفذي المشاريع، التقى الفريق بمنظمات محلية ودولية لمناقشة مشاريعها الحالية والمقبلة، منها البرنامج الدولي للمساعدة والتدريب في التحقيقات الجنائية (ICITAP) ومختبر الديمقراطية (Democracy Lab) ومعهد كونيكا ومنظمة سيفيل (CIVIL) ومنظمة الأمن والتعاون في أوروبا (OSCE) ومنظمة البحث عن أرضية مشتركة (Search for Common Ground).</p>"
            ),
            "en": (
                "<p>After an engagement and training phase in which more than 40 municipalities from across the Western Balkans (Albania, Bosnia and Herzegovina, Kosovo, Macedonia, Montenegro and Serbia) joined the network, it now seeks to deepen its engagement with, and support for, local structures and capacity-building initiatives in selected partner municipalities. The first step is a better understanding of local contexts, of the activities carried out so far and of existing or planned programmes in the region.</p>"
                "<p>The team spoke with the Mayor of Prizren, Mr Mytaher Haskuka, and the Mayor of Čair (Skopje), Mr Visar Ganiu, about the particular challenges each faces in preventing and countering violent extremism, and was briefed by the national counter-terrorism and P/CVE coordinators of Kosovo and Macedonia on national efforts. Recognising the central role of practitioners, civil society and project implementers, the team also met local and international organisations to discuss their current and future P/CVE projects, among them ICITAP, Democracy Lab, the Konica Institute, CIVIL, the OSCE and Search for Common Ground.</p>"
            ),
        },
        "participants": ["prizren", "cair"],
    },
    {
        "slug": "wb-training-kosovo-2017",
        "kind": "training",
        "start_date": "2017",
        "date_source": "001: جلسات التدريب التي أقيمت خلال السنة في كوسوفو وألبانيا والجبل الأسود (the year of the September 2017 workshop: 2017)",
        "location": {"ar": "كوسوفو", "en": "Kosovo"},
        "title": {
            "ar": "اجتماع تدريبي للبلديات في كوسوفو",
            "en": "Training meeting for municipalities in Kosovo",
        },
        "summary": {
            "ar": TRAINING_SUMMARY_AR,
            "en": TRAINING_SUMMARY_EN,
        },
        "body": {"ar": "", "en": ""},
        "participants": [],
    },
    {
        "slug": "wb-training-albania-2017",
        "kind": "training",
        "start_date": "2017",
        "date_source": "001: جلسات التدريب التي أقيمت خلال السنة في كوسوفو وألبانيا والجبل الأسود (the year of the September 2017 workshop: 2017)",
        "location": {"ar": "ألبانيا", "en": "Albania"},
        "title": {
            "ar": "اجتماع تدريبي للبلديات في ألبانيا",
            "en": "Training meeting for municipalities in Albania",
        },
        "summary": {
            "ar": TRAINING_SUMMARY_AR,
            "en": TRAINING_SUMMARY_EN,
        },
        "body": {"ar": "", "en": ""},
        "participants": [],
    },
    {
        "slug": "wb-training-montenegro-2017",
        "kind": "training",
        "start_date": "2017",
        "date_source": "001: جلسات التدريب التي أقيمت خلال السنة في كوسوفو وألبانيا والجبل الأسود (the year of the September 2017 workshop: 2017)",
        "location": {"ar": "الجبل الأسود", "en": "Montenegro"},
        "title": {
            "ar": "اجتماع تدريبي للبلديات في الجبل الأسود",
            "en": "Training meeting for municipalities in Montenegro",
        },
        "summary": {
            "ar": TRAINING_SUMMARY_AR,
            "en": TRAINING_SUMMARY_EN,
        },
        "body": {"ar": "", "en": ""},
        "participants": [],
    },
    {
        "slug": "local-innovation-grant-gus-albania-2018",
        "kind": "grant_award",
        "start_date": "2018",
        "date_source": "001: وخلال سنة 2018، قدّمت شبكة المدن القوية منحة الابتكار المحلي لمنظمة غوس ألبانيا",
        "location": {"ar": "تيرانا، ألبانيا", "en": "Tirana, Albania"},
        "title": {
            "ar": "منحة الابتكار المحلي لغرب البلقان لمنظمة غوس ألبانيا",
            "en": "Western Balkans Local Innovation Grant awarded to GUS Albania",
        },
        "summary": {
            "ar": "بعد دراسة أكثر من 80 طلبًا، فازت منظمة غوس ألبانيا (GUS) بمنحة الابتكار المحلي لمنطقة غرب البلقان.",
            "en": "After reviewing more than 80 applications, the network awarded its Western Balkans Local Innovation Grant to GUS Albania.",
        },
        "body": {
            "ar": (
                "<p>بعد دعوة مفتوحة لإبداء الاهتمام، ودراسة شاملة لأكثر من 80 طلبًا وصلت قبل انتهاء المهلة، يسرّ شبكة المدن القوية أن تعلن فوز منظمة غوس ألبانيا (GUS) بمنحة الابتكار المحلي لمنطقة غرب البلقان. وتُمنح المنحة لمنظمة إقليمية تنفّذ مشاريع صغيرة بالشراكة أو بالتعاون الوثيق مع بلدية عضو في الشبكة.</p>"
                "<p>غوس ألبانيا منظمة غير حكومية تأسست عام 2015 في تيرانا، عاصمة ألبانيا، وتعمل على تعزيز قدرات منظمات المجتمع المدني من خلال التدريبات والمؤتمرات، وتركّز على سياسات الشباب والاندماج في الاتحاد الأوروبي والهجرة من ألبانيا وإليها. كما تنظّم مشاريع تبادل دولي ضمن برنامج إيراسموس+، منها مشروع «غِت ستارتد» (Get Started)، وهي الشريك المحلي في مشروع «يو.ألبانيا» (You.Albania)، وهو برنامج تبادل دولي يستقدم شبابًا من إيطاليا إلى ألبانيا في إطار الخدمة المدنية الوطنية الإيطالية.</p>"
            ),
            "en": (
                "<p>After an open call for expressions of interest and a thorough review of more than 80 applications received before the deadline, the Strong Cities Network is pleased to announce that GUS Albania has won the Western Balkans Local Innovation Grant. The grant goes to a regional organisation delivering small projects in partnership or close cooperation with a member municipality of the network.</p>"
                "<p>GUS Albania is a non-governmental organisation founded in 2015 in Tirana, Albania's capital. It strengthens the capacity of civil society organisations through training and conferences, with a focus on youth policy, European Union integration and migration to and from Albania. It also runs international exchanges under the Erasmus+ programme, such as the Get Started project, and is the local partner of You.Albania, an international youth exchange that brings young people from Italy to Albania as part of the Italian National Civil Service.</p>"
            ),
        },
        "participants": [],
    },
]

PARTNERS = [
    {
        "slug": "gus-albania",
        "url": "",
        "hubs": [SLUG],
        "name": {"ar": "غوس ألبانيا (GUS)", "en": "GUS Albania"},
        "description": {
            "ar": "منظمة غير حكومية تأسست عام 2015 في تيرانا، تعزز قدرات منظمات المجتمع المدني وتعمل على سياسات الشباب والاندماج الأوروبي والهجرة. فازت بمنحة الابتكار المحلي لغرب البلقان عام 2018.",
            "en": "A non-governmental organisation founded in Tirana in 2015 that strengthens civil society organisations and works on youth policy, European integration and migration. It won the Western Balkans Local Innovation Grant in 2018.",
        },
    },
    {
        "slug": "icma",
        "url": "https://icma.org/",
        "hubs": [SLUG],
        "name": {
            "ar": "الرابطة الدولية لإدارة المدن والمقاطعات (ICMA)",
            "en": "International City/County Management Association (ICMA)",
        },
        "description": {
            "ar": "رابطة مهنية للمديرين في الحكومات المحلية، عملت مع الشبكة في عامي 2016 و2017 على إشراك بلديات البلقان وشاركت في تنظيم التدريبات وورشة العمل الإقليمية في دوريس.",
            "en": "The professional association of local government managers. In 2016 and 2017 it worked with the network to engage Balkan municipalities and co-organised the trainings and the regional workshop in Durrës.",
        },
    },
    {
        "slug": "icitap",
        "url": "https://www.justice.gov/criminal/criminal-icitap",
        "hubs": [SLUG],
        "name": {
            "ar": "البرنامج الدولي للمساعدة والتدريب في التحقيقات الجنائية (ICITAP)",
            "en": "International Criminal Investigative Training Assistance Program (ICITAP)",
        },
        "description": {
            "ar": "برنامج تابع لوزارة العدل الأمريكية لدعم مؤسسات إنفاذ القانون، التقاه فريق الشبكة خلال استشارات عام 2018 في كوسوفو ومقدونيا.",
            "en": "A US Department of Justice programme that supports law enforcement institutions; the network's team met it during the 2018 consultations in Kosovo and Macedonia.",
        },
    },
    {
        "slug": "global-center",
        "url": "https://www.globalcenter.org/",
        "hubs": [SLUG],
        "name": {
            "ar": "المركز العالمي للأمن التعاوني",
            "en": "Global Center on Cooperative Security",
        },
        "description": {
            "ar": "مؤسسة بحثية وسياساتية تعمل على الأمن التعاوني والوقاية من التطرف العنيف، وهي من الشركاء المحليين للشبكة في غرب البلقان.",
            "en": "A policy and research organisation working on cooperative security and preventing violent extremism, and one of the network's local partners in the Western Balkans.",
        },
    },
    {
        "slug": "center-for-common-ground",
        "url": "",
        "hubs": [SLUG],
        "name": {"ar": "مركز الأرضية المشتركة (CCG)", "en": "Center for Common Ground (CCG)"},
        "description": {
            "ar": "شريك الشبكة في مقدونيا الشمالية. بعد أن استلهم تجربة البلديات اللبنانية والأردنية في قمة آرهوس عام 2017، أنشأ فرقًا للعمل المجتمعي على غرار نموذج شبكات الوقاية المحلية في سكوبيي وغوستيفار وكيتشيفو.",
            "en": "The network's partner in North Macedonia. Inspired by Lebanese and Jordanian municipalities' experience presented at the 2017 Aarhus summit, it set up community action teams on the local prevention network model in Skopje, Gostivar and Kičevo.",
        },
    },
]

RESOURCES = [
    {
        "slug": "western-balkans-regional-assessment",
        "kind": "report",
        "url": "",
        "hubs": [SLUG],
        "topics": ["preventing-violent-extremism", "community-resilience"],
        "title": {
            "ar": "تقرير التقييم الإقليمي لغرب البلقان",
            "en": "Western Balkans regional assessment report",
        },
        "summary": {
            "ar": "تقييم الشبكة للسياق الإقليمي في غرب البلقان واحتياجات مدنه في مجال الوقاية من التطرف العنيف.",
            "en": "The network's assessment of the regional context in the Western Balkans and of its cities' needs in preventing violent extremism.",
        },
    },
    {
        "slug": "case-studies-work-streams",
        "kind": "case_study",
        "url": "",
        "hubs": [SLUG],
        "topics": ["prevention-networks", "youth-engagement"],
        "title": {
            "ar": "دراسات حالة ملهمة من مسارات عملنا",
            "en": "Inspiring case studies from our work streams",
        },
        "summary": {
            "ar": "مجموعة من دراسات الحالة عن عمل المدن الأعضاء في مسارات عمل الشبكة.",
            "en": "A collection of case studies on member cities' work across the network's work streams.",
        },
    },
    {
        "slug": "how-cities-tackle-violent-extremism",
        "kind": "case_study",
        "url": "",
        "hubs": [SLUG],
        "topics": ["preventing-violent-extremism"],
        "title": {
            "ar": "كيف تتعامل المدن مع التطرف العنيف في سياقها المحلي",
            "en": "How cities tackle violent extremism in their local context",
        },
        "summary": {
            "ar": "أمثلة على تعامل مدن أخرى مع التطرف العنيف في سياقاتها المحلية.",
            "en": "Examples of how other cities address violent extremism in their own local contexts.",
        },
    },
]

# Seed 000: Danilovgrad asked for help setting up a Local Safety Council after the February
# 2023 workshop and was making it operational after the July 2023 roundtable. The seed names
# neither its members nor a founding date, so none are given.
COUNCILS = [
    {
        "city": "danilovgrad",
        "kind": "safety_council",
        "order": 1,
        "founded_on": None,
        "founded_source": "000: none: the source says the council is being set up, with no date",
        "name": {
            "ar": "مجلس السلامة المحلي في دانيلوفغراد",
            "en": "Danilovgrad Local Safety Council",
        },
        "chair": {"ar": "", "en": ""},
        "mandate": {
            "ar": "<p>مجلس للسلامة المحلية قيد الإنشاء بدعم من شبكة المدن القوية؛ خطواته في مسيرة المدينة أدناه.</p>",
            "en": "<p>A local safety council being set up with the support of the Strong Cities Network; its steps are in the city's journey below.</p>",
        },
        "seats": [],
        "seats_source": "000: none: the source gives no membership for the council being set up",
    },
]

# Steps of a city's journey that the rest of the data cannot know (``cities.Milestone``).
# Seed 000 gives Danilovgrad no joining or founding date: its journey is the mayor's request,
# the workshop whose lessons inspired it, and the July 2023 roundtable (an event it took part in).
MILESTONES = [
    {
        "city": "danilovgrad",
        "date": "2023-02",
        "date_source": f"000: {DANILOVGRAD_SENTENCE}",
        "kind": "event",
        "event": INAUGURAL_WORKSHOP,
        "title": {
            "ar": "ورشة العمل الافتتاحية للمحور في سراييفو، التي استُلهم من دروسها مجلس السلامة المحلي في دانيلوفغراد",
            "en": "The hub's inaugural workshop in Sarajevo, whose lessons inspired Danilovgrad's local safety council",
        },
        "description": {"ar": "", "en": ""},
    },
    {
        "city": "danilovgrad",
        "date": "2023",
        "date_source": f"000: {DANILOVGRAD_SENTENCE} (after that workshop, before the July roundtable: 2023)",
        # After the February workshop, before the July roundtable (year_order 2).
        "year_order": 1,
        "kind": "request",
        "event": None,
        "title": {
            "ar": "رئيس البلدية المنتخب حديثًا يطلب دعم شبكة المدن القوية لتطوير مجلس للسلامة المحلية",
            "en": "The newly elected mayor asks the Strong Cities Network for support in developing a local safety council",
        },
        "description": {"ar": "", "en": ""},
    },
]
