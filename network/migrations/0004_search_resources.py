"""Search finds resources by title and summary."""

from django.db import migrations, models

from kernel.search_indexes import fill_search_text_operation, trigram_index_operations


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0003_pages_contact'),
    ]

    operations = [
        migrations.AddField(
            model_name='resource',
            name='search_text',
            field=models.TextField(blank=True, editable=False, verbose_name='search text'),
        ),
        *trigram_index_operations('network_resource'),
        fill_search_text_operation('network.Resource', ('title', 'summary')),
    ]
