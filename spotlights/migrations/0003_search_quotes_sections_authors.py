"""Search finds spotlights by quote, caption, sections and authors; authors as people."""

from django.db import migrations, models

from kernel.search_indexes import fill_search_text_operation, trigram_index_operations


class Migration(migrations.Migration):

    dependencies = [
        ('spotlights', '0002_search_trigram_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='spotlightauthor',
            name='search_text',
            field=models.TextField(blank=True, editable=False, verbose_name='search text'),
        ),
        *trigram_index_operations('spotlights_spotlightauthor'),
        fill_search_text_operation(
            'spotlights.Spotlight',
            ('title', 'summary', 'hero_caption', 'quote', 'quote_person', 'quote_role'),
            related=(('sections', ('heading', 'body')), ('authors', ('name', 'role'))),
        ),
        fill_search_text_operation('spotlights.SpotlightAuthor', ('name', 'role')),
    ]
