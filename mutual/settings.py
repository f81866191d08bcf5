"""Mutual's settings: one module, driven by environment variables.

Every variable is parsed strictly: a value that cannot be understood raises
ImproperlyConfigured at start-up rather than being silently ignored, because a
mis-typed production setting (``DEBUG=flase``) must never fall back to a default.
The parsers live in ``mutual.envparse`` so they can be tested on their own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from mutual.envparse import (
    env_bool,
    env_database,
    env_int,
    env_list,
    env_secret_key,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("MUTUAL_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_secret_key(VAR_DIR / "secret_key")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# Text messages go through this class (mutual/core/sms.py); the default writes them to the log.
SMS_GATEWAY = env_str("SMS_GATEWAY", "mutual.core.sms.ConsoleGateway")
# Set by the test suite: allows the test client's fixed TOTP codes and fast hashing.
TESTING = env_bool("MUTUAL_TESTING", "pytest" in sys.modules)

INSTALLED_APPS = [
    "mutual.core",
    "mutual.accounts",
    "mutual.programs",
    "mutual.households",
    "mutual.participants",
    "mutual.joining",
    "mutual.screening",
    "mutual.training",
    "mutual.imports",
    "mutual.matching",
    "mutual.relationships",
    "mutual.safety",
    "mutual.wellbeing",
    "mutual.audit",
    "mutual.live",
    "mutual.demo",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_htmx",
    "ninja",
    "channels",
    "huey.contrib.djhuey",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "mutual.audit.context.AuditOriginMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "mutual.accounts.middleware.RequireStaffMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "mutual.urls"
WSGI_APPLICATION = "mutual.wsgi.application"
ASGI_APPLICATION = "mutual.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "mutual" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mutual.core.context_processors.navigation",
            ],
        },
    },
]

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'mutual.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Redis: cache, channel layer and job queue; in-process fallbacks without it ---
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # Test processes share one Redis: keep their keys (e.g. used one-time codes) apart.
            "KEY_PREFIX": f"mutual-test-{os.getpid()}" if TESTING else "mutual",
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "prefix": "mutual:channels"},
        }
    }
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": env_str("HUEY_NAME", "mutual"),
        "url": REDIS_URL,
        "immediate": env_bool("HUEY_IMMEDIATE", TESTING),
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "mutual",
        "filename": str(VAR_DIR / "jobs.sqlite3"),
        "immediate": env_bool("HUEY_IMMEDIATE", TESTING),
    }

# --- Accounts: email login through django-allauth, MFA for staff ---
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "welcome"
ACCOUNT_ADAPTER = "mutual.accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_FORMS = {"login": "mutual.accounts.forms.LoginForm"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {} if TESTING else {"login_failed": "10/m/ip,5/5m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Mutual"
# Accept the code from the 30-second step just before or after this one (RFC 6238 §5.2):
# someone typing slowly, or a phone clock a few seconds off, still gets in.
MFA_TOTP_TOLERANCE = 1
# Staff roles must enrol MFA; the middleware sends them to set it up first.
MUTUAL_REQUIRE_STAFF_MFA = env_bool("MUTUAL_REQUIRE_STAFF_MFA", True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# --- Email: console by default, SMTP when EMAIL_HOST is set ---
EMAIL_HOST = env_str("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Mutual <no-reply@localhost>")

# --- Languages: the demo programs' community languages; Arabic is right-to-left ---
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("vi", _("Vietnamese")),
    ("zh-hans", _("Simplified Chinese")),
    ("hi", _("Hindi")),
    ("es", _("Spanish")),
    ("el", _("Greek")),
]
LOCALE_PATHS = [BASE_DIR / "mutual" / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "Australia/Sydney")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "mutual" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and not TESTING
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG or TESTING

# --- Security: strict by default; HTTPS settings on when not in DEBUG ---
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
HTTPS = env_bool("HTTPS", not DEBUG and not TESTING)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_SSL_REDIRECT = HTTPS and env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# Load balancers check health over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Huey's consumer adds its own handler; without this its lines print twice.
    "loggers": {"huey": {"handlers": [], "propagate": False}},
}
