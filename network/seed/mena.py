"""The Middle East and North Africa Regional Hub: seed 004 (hub page), plus the 2017 launch of
local prevention networks in Lebanon and Jordan that seed 002 recounts."""

import datetime

SLUG = "middle-east-north-africa"
INAUGURAL_WORKSHOP = "mena-inaugural-workshop-2023"

HUB = {
    "slug": SLUG,
    "order": 2,
    # The hub page shows the March 2023 inaugural workshop as its starting point.
    "published_at": datetime.date(2023, 3, 1),
    "name": {"ar": "الشرق الأوسط وشمال أفريقيا", "en": "Middle East and North Africa"},
    "summary": {
        "ar": "يعمل المحور الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا مع البلديات والمحافظات لتعزيز دورها في منع الكراهية والتطرف والاستقطاب والاستجابة لها.",
        "en": "The Middle East and North Africa Regional Hub works with municipalities and governorates to strengthen their role in preventing and responding to hate, extremism and polarisation.",
    },
    "introduction": {
        "ar": "<p>يعمل المحور الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا مع البلديات والمحافظات لتعزيز دورها في منع الكراهية والتطرف والاستقطاب والاستجابة لها، ضمن نهج يشمل المجتمع بأسره. فمع أن الوقاية كثيرًا ما تُعدّ في أنحاء المنطقة من الاختصاص الحصري لأجهزة الأمن الوطني، فإن المدن في موقع جيد يتيح لها أداء دور فاعل في الوقاية والاستجابة.</p>",
        "en": "<p>The Middle East and North Africa Regional Hub works with municipalities and governorates to strengthen their role in preventing and responding to hate, extremism and polarisation as part of a whole-of-society approach. Although prevention across the region is often seen as the exclusive remit of national security actors, cities are well placed to play an active role in prevention and response.</p>",
    },
    "priorities_intro": {
        "ar": "<p>في ورشة العمل الافتتاحية للمحور الإقليمي في آذار/مارس 2023، حدد أصحاب المصلحة عددًا من الاحتياجات ذات الأولوية، منها:</p>",
        "en": "<p>At the regional hub's inaugural workshop in March 2023, stakeholders identified a number of priority needs, including:</p>",
    },
    "impact_intro": {"ar": "", "en": ""},
    "about": {
        "ar": (
            "<p>شاركت سبع وعشرون بلدية ومحافظة من مصر والعراق والأردن ولبنان وليبيا والمغرب وتونس في الحدث الافتتاحي للمحور الإقليمي، وعملت معًا على تحديد الاحتياجات والأولويات في الركائز الخمس للمحور، للمضي قدمًا بالعمل في أنحاء المنطقة.</p>"
            "<p>يموّل المحورَ الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا مبادرةُ المدن القوية التابعة للاتحاد الأوروبي، وهي مشروع مدته ثلاث سنوات يدعم جهود شبكة المدن القوية لتزويد المدن والسلطات المحلية بسياسات وبرامج ومساعدة تقنية مستندة إلى الأدلة ومراعية للسياق، للوقاية من التطرف على مستوى المدينة ضمن إطار لحقوق الإنسان. ويعمل المحور على ترجمة المهمة العالمية لشبكة المدن القوية إلى أثر محلي.</p>"
        ),
        "en": (
            "<p>Twenty-seven municipalities and governorates from Egypt, Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia took part in the regional hub's inaugural event, working together to identify needs and priorities across the hub's five pillars and to take engagement forward across the region.</p>"
            "<p>The Middle East and North Africa Regional Hub is funded by the European Union's Strong Cities initiative, a three-year project that supports the Strong Cities Network's efforts to provide cities and local authorities with context-specific, evidence-based policies, programmes and technical assistance for city-level prevention of extremism within a human rights framework. The hub turns the network's global mission into local impact.</p>"
        ),
    },
    "network_intro": {
        "ar": "تضم الشبكة العالمية مدنًا من سياقات وطنية ومحلية مختلفة، فأينما كانت مدينتك ستجد مدنًا أخرى تواجه تحديات مماثلة ولديها قدرات واحتياجات مماثلة.",
        "en": "The network's global membership spans cities in many national and local contexts, so wherever a city is, there are others facing similar challenges, with similar capacities and needs.",
    },
}

# Seed 004 runs the priorities together in one sentence, separated by semicolons.
PRIORITIES = [
    {
        "ar": "زيادة الوعي بدور المدن في الوقاية والاستجابة.",
        "en": "Raising awareness of the role of cities in prevention and response.",
    },
    {
        "ar": "توجيهات لبناء شراكات موثوقة مع الفئات السكانية التي يصعب الوصول إليها.",
        "en": "Guidance on building trusted partnerships with hard-to-reach populations.",
    },
    {
        "ar": "مواجهة التحديات المستمرة في إعادة تأهيل المقاتلين الأجانب وعائلاتهم وإعادة دمجهم.",
        "en": "Meeting the ongoing challenges of rehabilitating and reintegrating foreign fighters and their families.",
    },
    {
        "ar": "التواصل مع الشباب والنساء والمجتمعات المهمشة.",
        "en": "Engaging young people, women and marginalised communities.",
    },
    {
        "ar": "الحفاظ على التماسك الاجتماعي مع دعم المهاجرين والوافدين الجدد.",
        "en": "Maintaining social cohesion while supporting migrants and other newcomers.",
    },
    {
        "ar": "تعزيز التعاون بين السلطات الوطنية والمحلية.",
        "en": "Strengthening national–local cooperation.",
    },
    {
        "ar": "بناء القدرات التقنية للاستفادة من البنى القائمة أو إنشاء بنى جديدة، ومنها شبكات الوقاية المحلية، قبل ظهور العنف بدافع التطرف أو الكراهية.",
        "en": "Building technical capacity to make use of existing structures or set up new ones, including local prevention networks, before extremist or hate-motivated violence emerges.",
    },
]

IMPACTS = []

CONTACTS = [
    {
        "name": {"ar": "زهير رشاحة", "en": "Zouhair Racheha"},
        "role": {"ar": "رئيس المحور الإقليمي", "en": "Head of Hub"},
    },
    {
        "name": {"ar": "ماريا سركز", "en": "Maria Sarkaz"},
        "role": {"ar": "مسؤولة البرامج", "en": "Programme Lead"},
    },
]

TESTIMONIALS = [
    {
        "city": "saida",
        "featured": True,
        "person": {"ar": "جهة الاتصال مع الشبكة", "en": "Strong Cities focal point"},
        "role": {"ar": "بلدية صيدا، لبنان", "en": "Municipality of Saida, Lebanon"},
        "quote": {
            "ar": "مرّت صيدا ببعض التحديات التي دفعتنا نحو نهج وقائي، فجعل رئيس البلدية شبكات الوقاية المحلية أولوية، ولا سيما للشباب والمدارس. وكان للمشاركة مع شبكة المدن القوية أثر إيجابي جدًا على الممارسين ومسؤولي البلدية في المدينة. ولنكن صادقين، لم نتوقع هذه النتيجة؛ لقد فاقت توقعاتنا.",
            "en": "Saida went through some challenges that pushed us towards a preventive approach. As a result, the mayor made local prevention networks a priority, for young people and for schools in particular. Working with Strong Cities has had a very positive impact on the city's practitioners and municipal officials. To be honest, we did not expect this result. It exceeded our expectations.",
        },
    },
]

EVENTS = [
    {
        "slug": INAUGURAL_WORKSHOP,
        "kind": "workshop",
        "start_date": "2023-03",
        "date_source": "004: في ورشة العمل الافتتاحية للمركز الإقليمي في مارس 2023، حدد أصحاب المصلحة عددًا من الاحتياجات ذات الأولوية",
        "location": {"ar": "", "en": ""},
        "title": {
            "ar": "ورشة العمل الافتتاحية للمحور الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا",
            "en": "Middle East and North Africa Regional Hub inaugural workshop",
        },
        "summary": {
            "ar": "شاركت سبع وعشرون بلدية ومحافظة من مصر والعراق والأردن ولبنان وليبيا والمغرب وتونس في الحدث الافتتاحي للمحور، وحددت احتياجاتها وأولوياتها عبر ركائزه الخمس.",
            "en": "Twenty-seven municipalities and governorates from Egypt, Iraq, Jordan, Lebanon, Libya, Morocco and Tunisia met at the hub's inaugural event and set out their needs and priorities across its five pillars.",
        },
        "body": {
            "ar": "<p>من الاحتياجات ذات الأولوية التي حددها أصحاب المصلحة: زيادة الوعي بدور المدن في الوقاية والاستجابة، وبناء شراكات موثوقة مع الفئات التي يصعب الوصول إليها، وإعادة تأهيل المقاتلين الأجانب وعائلاتهم وإعادة دمجهم، والتواصل مع الشباب والنساء والمجتمعات المهمشة، والحفاظ على التماسك الاجتماعي مع دعم المهاجرين والوافدين الجدد، وتعزيز التعاون الوطني المحلي، وبناء القدرات التقنية، بما في ذلك شبكات الوقاية المحلية.</p>",
            "en": "<p>The priority needs stakeholders identified included raising awareness of cities' role in prevention and response, building trusted partnerships with hard-to-reach populations, rehabilitating and reintegrating foreign fighters and their families, engaging young people, women and marginalised communities, maintaining social cohesion while supporting migrants and newcomers, strengthening national–local cooperation, and building technical capacity, including local prevention networks.</p>",
        },
        "participants": [],
    },
    {
        "slug": "local-prevention-networks-lebanon-jordan-2017",
        "kind": "launch",
        "start_date": "2017",
        "date_source": "002: في عام 2017، أطلقت شبكة المدن القوية تجربة مبتكرة وجذرية في منطقة الشرق الأوسط",
        "location": {"ar": "لبنان والأردن", "en": "Lebanon and Jordan"},
        "title": {
            "ar": "إطلاق شبكات الوقاية المحلية في لبنان والأردن",
            "en": "Local prevention networks launched in Lebanon and Jordan",
        },
        "summary": {
            "ar": "أطلقت شبكة المدن القوية تجربة مبتكرة جمعت الجهات الفاعلة في المجتمعات المحلية لمنع التطرف العنيف، فأُنشئت ست شبكات للوقاية المحلية في لبنان والأردن.",
            "en": "The Strong Cities Network launched an innovative pilot bringing community actors together to prevent violent extremism, setting up six local prevention networks across Lebanon and Jordan.",
        },
        "body": {
            "ar": "<p>ضمّت هذه الشبكات ممثلين من المعلمين ورجال الدين والعاملين مع الشباب وموظفي البلديات. وفي غضون عامين فقط أسهمت في توثيق التعاون بين الحكومات الوطنية والمحلية، وحفّزت مشاريع جديدة، مثل افتتاح أول مكتب لشؤون الشباب في طرابلس بلبنان، والعمل مع رجال الدين على خطب تتناول مواجهة التطرف العنيف.</p>",
            "en": "<p>The networks brought together school teachers, religious leaders, youth workers and city staff. Within just two years they had helped build close cooperation between national and local governments and sparked new projects, such as the opening of the first youth affairs office in Tripoli, Lebanon, and work with religious leaders on sermons addressing violent extremism.</p>",
        },
        "participants": ["tripoli-lebanon"],
    },
]
