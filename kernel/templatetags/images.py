"""``{% responsive_image %}``: an <img> with srcset, sizes and intrinsic dimensions."""

from django import template
from django.utils.html import format_html, format_html_join

from kernel.images import DEFAULT_WIDTHS, renditions

register = template.Library()


@register.simple_tag
def responsive_image(
    image,
    alt="",
    sizes="100vw",
    widths=None,
    loading="lazy",
    fetchpriority="",
    css_class="",
):
    """Renditions of ``image`` at ``widths`` ("480 960 1440"); nothing if the image is unusable.

    ``width``/``height`` are the largest rendition's, so the browser reserves the right space.
    The hero image passes ``loading="eager" fetchpriority="high"``.
    """
    wanted = [int(width) for width in str(widths).split()] if widths else DEFAULT_WIDTHS
    found = renditions(image, wanted)
    if not found:
        return ""
    sources = found["sources"]
    largest_url, largest_width = sources[-1]
    height = round(found["height"] * largest_width / found["width"])
    extra = []
    if fetchpriority:
        extra.append(("fetchpriority", fetchpriority))
    if css_class:
        extra.append(("class", css_class))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" loading="{}"'
        ' decoding="async"{}>',
        largest_url,
        ", ".join(f"{url} {width}w" for url, width in sources),
        sizes,
        largest_width,
        height,
        alt,
        loading,
        format_html_join("", ' {}="{}"', extra),
    )
