"""The bucket that holds uploads when object storage is configured (``settings.media_storage``)."""

import mimetypes

from storages.backends.s3 import S3Storage


class MediaStorage(S3Storage):
    """django-storages' S3 storage, each object stored with the content type its name says.

    Left alone it would store the type the uploading browser claimed, and the bucket would
    serve the file as that; a web server serving ``MEDIA_ROOT`` goes by the name, and so
    does this.
    """

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        parameters.setdefault("ContentType", content_type)
        return parameters
