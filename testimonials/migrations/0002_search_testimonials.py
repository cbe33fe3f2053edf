"""Search finds testimonials by quote, person and role."""

from django.db import migrations, models

from kernel.search_indexes import fill_search_text_operation, trigram_index_operations


class Migration(migrations.Migration):

    dependencies = [
        ('testimonials', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='testimonial',
            name='search_text',
            field=models.TextField(blank=True, editable=False, verbose_name='search text'),
        ),
        *trigram_index_operations('testimonials_testimonial'),
        fill_search_text_operation('testimonials.Testimonial', ('quote', 'person', 'role')),
    ]
