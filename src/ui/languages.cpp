// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "languages.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

#include <utility>

using namespace Qt::StringLiterals;

namespace Pathway {

namespace {
struct Known
{
    QLatin1StringView code;
    const char16_t *name;
    bool rightToLeft;
};

// English, then the languages most care leavers who arrived alone speak. Names in their own script.
constexpr Known KnownLanguages[] = {
    {"en"_L1, u"English", false}, {"ar"_L1, u"العربية", true},     {"fa"_L1, u"فارسی", true},
    {"ps"_L1, u"پښتو", true},     {"ti"_L1, u"ትግርኛ", false},       {"ckb"_L1, u"کوردی (سۆرانی)", true},
    {"sq"_L1, u"Shqip", false},   {"vi"_L1, u"Tiếng Việt", false}, {"so"_L1, u"Soomaali", false},
};

const Known *find(const QString &code)
{
    for (const Known &k : KnownLanguages) {
        if (k.code == code)
            return &k;
    }
    return nullptr;
}
} // namespace

Languages::Languages(AppSettings *settings, QObject *parent, QString qmDirectory)
    : QObject(parent)
    , m_settings(settings)
    , m_qmDirectory(std::move(qmDirectory))
{
    for (const Known &k : KnownLanguages) {
        if (k.code == "en"_L1 || QFile::exists(qmPath(k.code)))
            m_shipped.append(k.code);
    }
}

Languages::~Languages()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
}

QString Languages::qmPath(const QString &code) const
{
    return u"%1/pathway_%2.qm"_s.arg(m_qmDirectory, code);
}

QStringList Languages::knownCodes()
{
    QStringList codes;
    for (const Known &k : KnownLanguages)
        codes.append(k.code);
    return codes;
}

QString Languages::nativeName(const QString &code)
{
    const Known *k = find(code);
    return k ? QString::fromUtf16(k->name) : code;
}

bool Languages::isRightToLeft(const QString &code)
{
    const Known *k = find(code);
    return k && k->rightToLeft;
}

QString Languages::codeFor(const QString &tag) const
{
    QString primary = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    // Dari readers read Farsi; "ku" with Arabic script is Sorani.
    if (primary == "prs"_L1)
        primary = u"fa"_s;
    if (primary == "ku"_L1 && tag.contains("Arab"_L1, Qt::CaseInsensitive))
        primary = u"ckb"_s;
    return m_shipped.contains(primary) ? primary : QString();
}

QVariantList Languages::available() const
{
    QVariantList list;
    for (const QString &code : m_shipped)
        list.append(QVariantMap {{u"code"_s, code}, {u"name"_s, nativeName(code)}});
    return list;
}

int Languages::currentIndex() const
{
    return static_cast<int>(m_shipped.indexOf(m_current));
}

void Languages::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

void Languages::start(const QString &fallbackTag)
{
    QString code = codeFor(m_settings->language());
    if (code.isEmpty())
        code = codeFor(fallbackTag);
    apply(code.isEmpty() ? u"en"_s : code);
}

bool Languages::choose(const QString &code)
{
    if (!m_shipped.contains(code))
        return false;
    m_settings->setLanguage(code);
    if (code != m_current)
        apply(code);
    return true;
}

bool Languages::adoptFirstLanguage(const QString &tag)
{
    if (!m_settings->language().isEmpty())
        return false;
    const QString code = codeFor(tag);
    if (code.isEmpty())
        return false;
    m_settings->setLanguage(code);
    if (code == m_current)
        return false;
    apply(code);
    return true;
}

void Languages::apply(const QString &code)
{
    // English is written the British way (dates, spelling), also where the system says "C".
    const QLocale locale = code == "en"_L1 ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code);
    QLocale::setDefault(locale);
    for (QTranslator **slot : {&m_qtTranslator, &m_translator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    m_qtTranslator = new QTranslator(this);
    if (m_qtTranslator->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    m_translator = new QTranslator(this);
    if (m_translator->load(qmPath(code)))
        QCoreApplication::installTranslator(m_translator);
    m_current = code;
    QGuiApplication::setLayoutDirection(isRightToLeft(code) ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT changed();
}

} // namespace Pathway
