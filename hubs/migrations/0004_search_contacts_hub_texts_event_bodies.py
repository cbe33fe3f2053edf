"""Search finds hub contacts, hubs by their introduction and about text, events by body."""

from django.db import migrations, models

from kernel.search_indexes import fill_search_text_operation, trigram_index_operations


class Migration(migrations.Migration):

    dependencies = [
        ('hubs', '0003_search_trigram_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='hubcontact',
            name='search_text',
            field=models.TextField(blank=True, editable=False, verbose_name='search text'),
        ),
        *trigram_index_operations('hubs_hubcontact'),
        fill_search_text_operation('hubs.Hub', ('name', 'summary', 'introduction', 'about')),
        fill_search_text_operation('hubs.Event', ('title', 'summary', 'location', 'body')),
        fill_search_text_operation('hubs.HubContact', ('name', 'role')),
    ]
