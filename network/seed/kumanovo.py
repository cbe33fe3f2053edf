"""Kumanovo, North Macedonia: seed 002, the story of its Community Action Team within the
Local Prevention Council, with the launch, the planning workshop and the 2017 Aarhus summit."""

import datetime

CAT_LAUNCH = "kumanovo-community-action-team-launch-2019"

COUNCILS = [
    {
        "city": "kumanovo",
        "kind": "prevention_council",
        "order": 1,
        "founded_on": None,  # the seed says only that it already existed in 2019
        "founded_source": "002: none: ويعمل هذا الفريق في إطار مجلس الوقاية المحلي الموجود حالياً (no founding date)",
        "name": {
            "ar": "مجلس الوقاية المحلي في كومانوفو",
            "en": "Kumanovo Local Prevention Council",
        },
        "chair": {"ar": "", "en": ""},
        "mandate": {
            "ar": "<p>لجنة جامعة مكلّفة بجميع المسائل المتعلقة بجهود الوقاية المحلية من مجموعة من الأضرار. ويعمل فريق العمل المجتمعي في إطاره منذ أيلول/سبتمبر 2019.</p>",
            "en": "<p>An umbrella committee responsible for all matters of local prevention across a range of harms. The Community Action Team has worked within it since September 2019.</p>",
        },
        "seats": [],
        "seats_source": "002: none: the source gives no membership for the council",
    },
    {
        "city": "kumanovo",
        "kind": "action_team",
        "order": 2,
        "parent": "prevention_council",
        "founded_on": "2019-09",
        "founded_source": "002: احتفلت المدينة بإنشاء نسختها الخاصة من شبكات الوقاية المحلية المعروف باسم فريق العمل المجتمعي في سبتمبر 2019",
        "name": {"ar": "فريق العمل المجتمعي في كومانوفو", "en": "Kumanovo Community Action Team"},
        "chair": {"ar": "", "en": ""},
        "mandate": {
            "ar": (
                "<p>نسخة كومانوفو من شبكات الوقاية المحلية، أُطلقت في أيلول/سبتمبر 2019 برعاية رئيس البلدية ماكسيم ديميتريفسكي، وتعمل في إطار مجلس الوقاية المحلي. يتولى الفريق مسؤولية منع التطرف العنيف ومواجهته في جميع أنحاء المدينة، ويعيّن أعضاءه المدينة على غرار شبكات الوقاية المحلية في لبنان والأردن التي تضم المعلمين ورجال الدين والعاملين مع الشباب وموظفي البلدية.</p>"
                "<p>اتفق أعضاؤه مبدئيًا على ثلاثة أهداف استراتيجية:</p>"
                "<ul><li>تعزيز القدرات المؤسسية المحلية للفريق ولأصحاب المصلحة المعنيين؛</li><li>تعزيز قدرة المجتمع المحلي على الصمود؛</li><li>إنشاء منصة لإشراك الشباب.</li></ul>"
            ),
            "en": (
                "<p>Kumanovo's own version of a local prevention network, launched in September 2019 under the patronage of Mayor Maksim Dimitrievski and working within the Local Prevention Council. The team is responsible for preventing and countering violent extremism across the city; its members are appointed by the city, following the local prevention networks of Lebanon and Jordan that bring together school teachers, religious leaders, youth workers and city staff.</p>"
                "<p>Its members provisionally agreed on three strategic objectives:</p>"
                "<ul><li>strengthening the local institutional capacity of the team and relevant stakeholders;</li><li>strengthening community resilience;</li><li>creating a platform for youth engagement.</li></ul>"
            ),
        },
        # The groups seed 002 names (teachers, religious leaders, youth workers, city staff) are
        # those of the Lebanese and Jordanian networks, not this team's make-up: none listed.
        "seats": [],
        "seats_source": "002: none: the source does not say who sits on the team, only that «أعضاء فريق العمل المجتمعي الذين عينتهم المدينة»",
    },
]

EVENTS = [
    {
        "slug": CAT_LAUNCH,
        "kind": "launch",
        "hub": "western-balkans",
        "start_date": "2019-09",
        "date_source": "002: احتفلت المدينة بإنشاء نسختها الخاصة من شبكات الوقاية المحلية المعروف باسم فريق العمل المجتمعي في سبتمبر 2019",
        "host_city": "kumanovo",
        "location": {"ar": "", "en": ""},
        "title": {
            "ar": "إطلاق فريق العمل المجتمعي في كومانوفو ومذكرة التفاهم مع الشبكة",
            "en": "Kumanovo Community Action Team launch and memorandum of understanding",
        },
        "summary": {
            "ar": "احتفلت كومانوفو بإطلاق فريق العمل المجتمعي، نسختها من شبكات الوقاية المحلية، ووقّع رئيس البلدية ماكسيم ديميتريفسكي مذكرة تفاهم مع شبكة المدن القوية.",
            "en": "Kumanovo celebrated the launch of its Community Action Team, its version of a local prevention network, and Mayor Maksim Dimitrievski signed a memorandum of understanding with the Strong Cities Network.",
        },
        "body": {
            "ar": "<p>وضعت شبكة المدن القوية وثيقة مرجعية لفريق العمل المجتمعي صدرت مع إطلاقه. ويعمل الفريق، برعاية رئيس البلدية، في إطار مجلس الوقاية المحلي القائم، ويتولى مسؤولية منع التطرف العنيف ومواجهته في أنحاء المدينة.</p>",
            "en": "<p>The Strong Cities Network prepared a reference handbook for the Community Action Team, released at its launch. Under the mayor's patronage, the team works within the existing Local Prevention Council and is responsible for preventing and countering violent extremism across the city.</p>",
        },
        "participants": ["kumanovo"],
    },
    {
        "slug": "kumanovo-cat-planning-workshop-2019",
        "kind": "workshop",
        "hub": "western-balkans",
        # Seed 002 places it after the September 2019 launch without a month of its own.
        "start_date": "2019",
        "date_source": "002: بعد الإطلاق الرسمي، شارك أعضاء فريق العمل المجتمعي ... في ورشة عمل لمدة أربعة أيام (after the launch in 2019; no month given)",
        "host_city": "kumanovo",
        "location": {"ar": "", "en": ""},
        "title": {
            "ar": "ورشة تخطيط لفريق العمل المجتمعي في كومانوفو لمدة أربعة أيام",
            "en": "Four-day planning workshop for the Kumanovo Community Action Team",
        },
        "summary": {
            "ar": "ورشة عمل لمدة أربعة أيام للتخطيط لمنع التطرف العنيف ومواجهته، وضع فيها أعضاء فريق العمل المجتمعي أسس خطة عمل محلية.",
            "en": "A four-day workshop on planning to prevent and counter violent extremism, at which the Community Action Team laid the groundwork for a local action plan.",
        },
        "body": {
            "ar": (
                "<p>بعد الإطلاق الرسمي، شارك أعضاء فريق العمل المجتمعي الذين عيّنتهم المدينة في ورشة عمل لمدة أربعة أيام، لفهم مخاطر التطرف العنيف وأساليب الوقاية المختلفة على نحو أفضل، ولوضع خطة محلية استراتيجية تستند إلى سياساتهم ومعارفهم وخبراتهم المحلية ينفذها الفريق. وأتاحت الورشة أيضًا لطيف واسع من أصحاب المصلحة أن يتعارفوا ويبنوا علاقات عمل ويقدّروا ما يضيفه كل منهم إلى هذا المنتدى متعدد الجهات.</p>"
                "<p>تناولت الجلسات موضوعات منها مواجهة التطرف العنيف في التعليم، وإعادة دمج المقاتلين الأجانب، وإنشاء آليات التنسيق المحلية في مدن أخرى في مقدونيا الشمالية والشرق الأوسط، قبل أن يحدد الأعضاء أولويات منطقتهم. واتفقوا مبدئيًا على ثلاثة أهداف استراتيجية: تعزيز القدرات المؤسسية المحلية، وتعزيز قدرة المجتمع على الصمود، وإنشاء منصة لإشراك الشباب، مع أنشطة لكل هدف يُرجّح أن تدخل في خطة العمل النهائية.</p>"
            ),
            "en": (
                "<p>After the official launch, the Community Action Team members appointed by the city took part in a four-day workshop to better understand the risk of violent extremism and the different approaches to prevention, and to develop a strategic local plan, based on their own policies, knowledge and local expertise, for the team to implement. The workshop also gave a wide range of stakeholders the chance to get to know one another, build working relationships and appreciate what each brings to this multi-actor forum.</p>"
                "<p>Sessions covered countering violent extremism in education, the reintegration of foreign fighters and setting up local coordination mechanisms in other cities in North Macedonia and the Middle East, before members set the priorities for their own area. They provisionally agreed on three strategic objectives (strengthening local institutional capacity, building community resilience and creating a platform for youth engagement) with activities for each that are likely to form part of the final action plan.</p>"
            ),
        },
        "participants": ["kumanovo"],
    },
    {
        "slug": "strong-cities-global-summit-aarhus-2017",
        "kind": "summit",
        "start_date": "2017",
        "date_source": "002: نهج البلديات اللبنانية والأردنية في تنفيذ نموذج شبكات الوقاية المحلية في قمة أرهوس لشبكة المدن القوية في عام 2017",
        "hub": None,
        "location": {"ar": "آرهوس، الدنمارك", "en": "Aarhus, Denmark"},
        "title": {
            "ar": "القمة العالمية لشبكة المدن القوية في آرهوس",
            "en": "Strong Cities Global Summit in Aarhus",
        },
        "summary": {
            "ar": "قمة الشبكة في آرهوس، حيث عرضت بلديات لبنانية وأردنية تجربتها في تطبيق نموذج شبكات الوقاية المحلية، فاستلهمها مركز الأرضية المشتركة في مقدونيا الشمالية.",
            "en": "The network's summit in Aarhus, where Lebanese and Jordanian municipalities presented their experience of the local prevention network model, which inspired the Center for Common Ground in North Macedonia.",
        },
        "body": {"ar": "", "en": ""},
        "participants": [],
    },
]

STORY = {
    "slug": "prevention-network-model-expands-to-western-balkans",
    "kind": "story",
    "city": "kumanovo",
    # Seed 002 is undated: the story shows no date (the publication moment below only
    # puts it on the site; it is not shown).
    "published_at": datetime.date(2019, 10, 1),
    "date": None,
    "date_source": "002: none: the story carries no date",
    "mentioned_cities": ["skopje", "gostivar", "kicevo", "tripoli-lebanon"],
    "topics": [
        "prevention-networks",
        "youth-engagement",
        "education",
        "reintegration",
        "national-local-cooperation",
        "community-resilience",
    ],
    "title": {
        "ar": "نموذج شبكات الوقاية لشبكة المدن القوية يتوسع إلى غرب البلقان",
        "en": "The Strong Cities prevention network model expands to the Western Balkans",
    },
    "summary": {
        "ar": "بعد نجاح شبكات الوقاية المحلية في لبنان والأردن، أطلقت كومانوفو، ثاني أكبر بلدية في مقدونيا الشمالية، فريقها للعمل المجتمعي في أيلول/سبتمبر 2019.",
        "en": "After the success of local prevention networks in Lebanon and Jordan, Kumanovo, North Macedonia's second-largest municipality, launched its Community Action Team in September 2019.",
    },
    "hero_caption": {
        "ar": "رئيس بلدية كومانوفو ماكسيم ديميتريفسكي يوقّع مذكرة تفاهم مع شبكة المدن القوية، ومعه كتيّب فريق العمل المجتمعي للمدينة الرائدة كومانوفو.",
        "en": "The Mayor of Kumanovo, Maksim Dimitrievski, signs a memorandum of understanding with the Strong Cities Network, with the Community Action Team handbook for the pilot city of Kumanovo.",
    },
    "hero_alt": {"ar": "", "en": ""},
    "quote": {"ar": "", "en": ""},
    "quote_person": {"ar": "", "en": ""},
    "quote_role": {"ar": "", "en": ""},
    "authors": [
        {
            "name": {"ar": "بسيم دوجاني", "en": "Besim Dogani"},
            "role": {
                "ar": "منسق الوقاية المحلية، كومانوفو",
                "en": "Local Prevention Coordinator, Kumanovo",
            },
        },
        {
            "name": {"ar": "نايلة جوي زين", "en": "Nayla Joy Zein"},
            "role": {"ar": "المنسقة الإقليمية", "en": "Regional Coordinator"},
        },
    ],
    "sections": [
        {
            "heading": {"ar": "", "en": ""},
            "body": {
                "ar": (
                    "<p>في عام 2017 أطلقت شبكة المدن القوية تجربة مبتكرة وجذرية في الشرق الأوسط، تجمع الجهات الفاعلة في المجتمع المحلي للعمل معًا على منع التطرف العنيف.</p>"
                    "<p>وقد حقق هذا النهج الجديد نجاحًا كبيرًا، إذ أُطلقت ست شبكات للوقاية المحلية في أنحاء لبنان والأردن، يمثّل فيها معلمو المدارس ورجال الدين والعاملون مع الشباب وموظفو البلديات.</p>"
                    "<p>وفي غضون عامين فقط، أدّت هذه الشبكات دورًا فاعلًا في توثيق التعاون بين الحكومات الوطنية والمحلية، وحفّزت مشاريع جديدة، مثل افتتاح أول مكتب لشؤون الشباب في طرابلس بلبنان، والعمل مع رجال الدين على خطب تتناول مواجهة التطرف العنيف.</p>"
                    "<p>ويسرّنا أن نعلن توسيع هذا النموذج إلى غرب البلقان، في مدينة كومانوفو في مقدونيا الشمالية.</p>"
                ),
                "en": (
                    "<p>In 2017, the Strong Cities Network launched an innovative and radical pilot in the Middle East: bringing community actors together to work on preventing violent extremism.</p>"
                    "<p>The new approach has proved hugely successful, with six local prevention networks launched across Lebanon and Jordan, whose members include school teachers, religious leaders, youth workers and city staff.</p>"
                    "<p>In just two years, these networks have helped build close cooperation between national and local governments and sparked new projects, such as the opening of the first youth affairs office in Tripoli, Lebanon, and work with religious leaders on sermons addressing violent extremism.</p>"
                    "<p>We are proud to announce that the model is expanding to the Western Balkans, in the North Macedonian city of Kumanovo.</p>"
                ),
            },
        },
        {
            "heading": {"ar": "كومانوفو", "en": "Kumanovo"},
            "body": {
                "ar": (
                    "<p>كومانوفو ثاني أكبر بلدية في مقدونيا الشمالية، تقع في شمال شرق البلاد على ممر مهم قرب الحدود الصربية والبلغارية. وقد شهدت المدينة في السنوات الأخيرة عددًا من الاتجاهات المقلقة، منها ازدياد الهجمات العنيفة واستقطاب المجتمع المحلي وتجنيد الإرهابيين وتطرفهم، وسفر مقاتلين إرهابيين أجانب إلى العراق وسوريا. لذا طلبت كومانوفو دعم شبكة المدن القوية لمواجهة هذه التحديات وتعزيز جهود منع التطرف العنيف ومواجهته، فاختيرت مدينةً رائدة لتوسيع نموذج شبكات الوقاية المحلية إلى مقدونيا الشمالية.</p>"
                    "<p>ويتألف سكانها من مجموعات عرقية مختلفة، منها المقدونيون والألبان والصرب والروما، بما يعكس الطابع المتعدد الأعراق للبلاد.</p>"
                ),
                "en": (
                    "<p>Kumanovo is North Macedonia's second-largest municipality. It lies in the north-east of the country, on an important corridor near the Serbian and Bulgarian borders. In recent years the city has seen a number of worrying trends, including a rise in violent attacks, community polarisation, terrorist recruitment and radicalisation, and foreign terrorist fighters travelling to Iraq and Syria. Kumanovo therefore asked the Strong Cities Network for help in meeting these challenges and strengthening its efforts to prevent and counter violent extremism, and was chosen as the pilot city for extending the local prevention network model to North Macedonia.</p>"
                    "<p>Its population is made up of different ethnic groups, including Macedonians, Albanians, Serbs and Roma, reflecting the multi-ethnic character of the country.</p>"
                ),
            },
        },
        {
            "heading": {"ar": "النهج", "en": "The approach"},
            "body": {
                "ar": (
                    "<p>احتفلت المدينة في أيلول/سبتمبر 2019، برعاية رئيس البلدية ماكسيم ديميتريفسكي، بإنشاء نسختها الخاصة من شبكات الوقاية المحلية، المعروفة باسم فريق العمل المجتمعي. ويعمل الفريق في إطار مجلس الوقاية المحلي القائم، وهو لجنة جامعة مكلّفة بجميع مسائل الوقاية المحلية من مجموعة من الأضرار، وسيتولى مسؤولية منع التطرف العنيف ومواجهته في جميع أنحاء المدينة.</p>"
                    "<p>كانت سكوبيي من أوائل أعضاء شبكة المدن القوية في غرب البلقان، وانضمت غوستيفار وكيتشيفو في مرحلة لاحقة. ويتكامل المشروعان تمامًا ويشتركان في هدف واحد: إنشاء البنى اللازمة لكي تضع الحكومة المحلية جهود منع التطرف العنيف ومواجهته وتتولاها وتنفّذها بالشراكة مع المجتمع الذي تخدمه.</p>"
                    "<p>وتدعم الشبكة كذلك التنسيق بين البلدية واللجنة الوطنية لمكافحة التطرف العنيف ومكافحة الإرهاب، ضمانًا لتنسيق وطني ومحلي فعّال في هذه المسائل. وهذا ما جعل كومانوفو مدينة رائدة مثالية لبرامج الشبكة، إذ يضمن إمكان تطبيق البنى التي تُطوَّر فيها على نطاق أوسع، مع الحرص على ألّا يشعر أي مجتمع محلي بأنه مستهدف أو موصوم بسبب خلفيته الدينية أو العرقية.</p>"
                    "<p>وستقدّم الشبكة تدريبات منتظمة حسب الطلب لأعضاء فريق العمل المجتمعي، وتعمل معهم على خطة العمل المحلية التي يجري تصميمها حاليًا لبناء قدرة المجتمع على الصمود في وجه التطرف والتجنيد. ودعمًا لجهود الفريق، يسرّنا انضمام فيتون لطيفي منسقًا محليًا للوقاية، يعمل بالشراكة مع بسيم دوجاني لتوسيع دعمنا لأعضائنا الآخرين في أنحاء البلاد والمنطقة. ويحمل كلاهما خبرة غنية وعميقة في العمل مع المجتمعات المحلية والحكومات المحلية.</p>"
                ),
                "en": (
                    "<p>In September 2019, under the patronage of Mayor Maksim Dimitrievski, the city celebrated the creation of its own version of a local prevention network, known as the Community Action Team. The team works within the existing Local Prevention Council, an umbrella committee responsible for all matters of local prevention across a range of harms, and will be responsible for preventing and countering violent extremism across the city.</p>"
                    "<p>Skopje was one of the first Strong Cities members in the Western Balkans, while Gostivar and Kičevo joined through later engagement. The two projects fully complement each other and share the same goal: to create the structures local government needs to design, own and deliver efforts to prevent and counter violent extremism in partnership with the community it serves.</p>"
                    "<p>Strong Cities also supports coordination between the municipality and the National Committee for Countering Violent Extremism and Countering Terrorism, to ensure effective national–local coordination on these issues. This made Kumanovo an ideal pilot city for Strong Cities programming: the structures developed there can be applied at a larger scale, while no single community feels targeted or stigmatised because of its religious or ethnic background.</p>"
                    "<p>Strong Cities will provide regular, on-demand training for Community Action Team members, while working with the team on the local action plan now being designed to build local resilience against extremism and recruitment. To support the team's efforts, we are proud that Vjeton Latifi has joined as local prevention coordinator, working in partnership with Besim Dogani to significantly expand our support for other members across the country and the region. Both bring rich, deep experience of working with communities and local government.</p>"
                ),
            },
        },
        {
            "heading": {
                "ar": "ورشة تدريب فريق العمل المجتمعي",
                "en": "Community Action Team training workshop",
            },
            "body": {
                "ar": (
                    "<p>بعد الإطلاق الرسمي، شارك أعضاء فريق العمل المجتمعي الذين عيّنتهم المدينة في ورشة عمل لمدة أربعة أيام للتخطيط لمنع التطرف العنيف ومواجهته، بهدف فهم مخاطر التطرف العنيف وأساليب الوقاية المختلفة على نحو أفضل، ووضع خطة محلية استراتيجية تستند إلى سياساتهم ومعارفهم وخبراتهم المحلية ينفذها الفريق. كما أتاحت الورشة لطيف واسع من أصحاب المصلحة أن يتعارفوا ويبنوا علاقات عمل ويقدّروا ما يضيفه كل منهم إلى هذا المنتدى متعدد الجهات.</p>"
                    "<p>تناولت الجلسات موضوعات منها مواجهة التطرف العنيف في التعليم، وإعادة دمج المقاتلين الأجانب، وإنشاء آليات التنسيق المحلية في مدن أخرى في مقدونيا الشمالية والشرق الأوسط، قبل أن ينتقل الأعضاء إلى تحديد أولويات منطقتهم.</p>"
                    "<p>واتفق أعضاء الفريق مبدئيًا على ثلاثة أهداف استراتيجية رئيسية: تعزيز القدرات المؤسسية المحلية للفريق ولأصحاب المصلحة المعنيين، وتعزيز قدرة المجتمع المحلي على الصمود، وإنشاء منصة لإشراك الشباب. ولكل هدف، اقترح الأعضاء أنشطة يُرجّح أن تدخل في خطة العمل النهائية التي سيضعون صيغتها الأخيرة خلال الأسابيع المقبلة.</p>"
                ),
                "en": (
                    "<p>After the official launch, the Community Action Team members appointed by the city took part in a four-day workshop on planning to prevent and counter violent extremism. Its aims were a better understanding of the risk of violent extremism and of the different approaches to prevention, and a strategic local plan, based on members' own policies, knowledge and local expertise, for the team to implement. The workshop also gave a wide range of stakeholders the chance to get to know one another, build working relationships and appreciate what each uniquely brings to this multi-actor forum.</p>"
                    "<p>Sessions covered topics such as countering violent extremism in education, the reintegration of foreign fighters and setting up local coordination mechanisms in other cities in North Macedonia and the Middle East, before members went on to decide what their own area should prioritise.</p>"
                    "<p>The team provisionally agreed on three main strategic objectives: strengthening the local institutional capacity of the team and relevant stakeholders, strengthening community resilience, and creating a platform for youth engagement. For each objective, members proposed several activities that are likely to become part of the final action plan, which they will finalise in the coming weeks.</p>"
                ),
            },
        },
        {
            "heading": {"ar": "شركاؤنا في المنطقة", "en": "Our partners in the region"},
            "body": {
                "ar": (
                    "<p>لضمان قدرة المدينة على التواصل مع الجهود الأخرى في مقدونيا الشمالية والتكامل معها والتعلم منها، حرصت شبكة المدن القوية على إشراك عدد من الشركاء الرئيسيين في تأسيس فريق العمل المجتمعي.</p>"
                    "<p>فعلى سبيل المثال، يجري عمل مماثل في أنحاء أخرى من مقدونيا الشمالية على يد شريكنا مركز الأرضية المشتركة (CCG). فبعد أن استلهم المركز تجربة البلديات اللبنانية والأردنية في تطبيق نموذج شبكات الوقاية المحلية، التي عُرضت في قمة شبكة المدن القوية في آرهوس عام 2017، أسّس فرقًا للعمل المجتمعي أقرب ما تكون إلى هذا النموذج في سكوبيي وغوستيفار وكيتشيفو، وكلها أعضاء في شبكة المدن القوية.</p>"
                ),
                "en": (
                    "<p>To make sure the city can connect with, complement and learn from other efforts in North Macedonia, Strong Cities focused on involving some key partners in setting up the Community Action Team.</p>"
                    "<p>For example, similar work is under way in other parts of North Macedonia, led by our partner the Center for Common Ground (CCG). Inspired by hearing how Lebanese and Jordanian municipalities implemented the local prevention network model at the 2017 Strong Cities summit in Aarhus, CCG has set up community action teams closely modelled on local prevention networks in Skopje, Gostivar and Kičevo, all of them Strong Cities members.</p>"
                ),
            },
        },
    ],
}

RESOURCES = [
    {
        "slug": "kumanovo-community-action-team-handbook",
        "kind": "guide",
        "url": "",
        "hubs": ["western-balkans"],
        "topics": ["prevention-networks"],
        "date": "2019-09",
        "date_source": "002: وضعت شبكة المدن القوية وثيقة مرجعية لفريق العمل المجتمعي لإطلاقها في سبتمبر (the launch in September 2019)",
        "title": {
            "ar": "كتيّب فريق العمل المجتمعي في كومانوفو",
            "en": "Kumanovo Community Action Team handbook",
        },
        "summary": {
            "ar": "وثيقة مرجعية أعدّتها شبكة المدن القوية لفريق العمل المجتمعي في كومانوفو وصدرت مع إطلاقه في أيلول/سبتمبر 2019.",
            "en": "A reference document the Strong Cities Network prepared for Kumanovo's Community Action Team, released at its launch in September 2019.",
        },
    },
]
