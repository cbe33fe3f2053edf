"""The managed list of topics that spotlights, resources and applications are tagged with."""

TOPICS = [
    {
        "slug": "preventing-violent-extremism",
        "name": {"ar": "الوقاية من التطرف العنيف", "en": "Preventing violent extremism"},
    },
    {"slug": "youth-engagement", "name": {"ar": "إشراك الشباب", "en": "Youth engagement"}},
    {
        "slug": "local-safety-councils",
        "name": {"ar": "مجالس السلامة المحلية", "en": "Local safety councils"},
    },
    {
        "slug": "prevention-networks",
        "name": {"ar": "شبكات الوقاية المحلية", "en": "Local prevention networks"},
    },
    {
        "slug": "reintegration",
        "name": {
            "ar": "إعادة تأهيل المقاتلين الأجانب وإعادة دمجهم",
            "en": "Rehabilitation and reintegration of foreign fighters",
        },
    },
    {"slug": "social-cohesion", "name": {"ar": "التماسك الاجتماعي", "en": "Social cohesion"}},
    {"slug": "hate-speech", "name": {"ar": "خطاب الكراهية", "en": "Hate speech"}},
    {
        "slug": "national-local-cooperation",
        "name": {"ar": "التعاون بين السلطات الوطنية والمحلية", "en": "National–local cooperation"},
    },
    {"slug": "human-rights", "name": {"ar": "حقوق الإنسان", "en": "Human rights"}},
    {
        "slug": "crisis-response",
        "name": {"ar": "الاستجابة للأزمات وإدارتها", "en": "Crisis response and management"},
    },
    {"slug": "education", "name": {"ar": "التعليم والمدارس", "en": "Education and schools"}},
    {
        "slug": "community-resilience",
        "name": {"ar": "قدرة المجتمع على الصمود", "en": "Community resilience"},
    },
    {
        "slug": "marginalised-communities",
        "name": {"ar": "المجتمعات المهمشة", "en": "Marginalised communities"},
    },
    {
        "slug": "migration",
        "name": {"ar": "الهجرة ودعم الوافدين الجدد", "en": "Migration and newcomers"},
    },
]
