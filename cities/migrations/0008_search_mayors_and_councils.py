"""Search finds a city by its mayor, and local safety councils by name, chair and mandate."""

from django.db import migrations, models

from kernel.search_indexes import fill_search_text_operation, trigram_index_operations


class Migration(migrations.Migration):

    dependencies = [
        ('cities', '0007_application_submission_key_reference_counter'),
    ]

    operations = [
        migrations.AddField(
            model_name='council',
            name='search_text',
            field=models.TextField(blank=True, editable=False, verbose_name='search text'),
        ),
        *trigram_index_operations('cities_council'),
        fill_search_text_operation('cities.City', ('name', 'other_names', 'mayor')),
        fill_search_text_operation('cities.Council', ('name', 'chair', 'mandate')),
    ]
