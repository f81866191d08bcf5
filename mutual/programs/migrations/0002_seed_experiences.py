"""Add the starter list of lived experiences (see mutual/programs/experience_seed.py).

Undoing this migration leaves the entries in place: programs and people may already
point at them, and an empty list is never what an installation wants.
"""

from django.db import migrations

from mutual.programs.experience_seed import seed_experiences


def add_starter_experiences(apps, schema_editor):
    seed_experiences(apps.get_model("programs", "ExperienceTag"))


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(add_starter_experiences, migrations.RunPython.noop),
    ]
