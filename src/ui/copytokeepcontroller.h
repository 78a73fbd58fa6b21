// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appcontroller.h" // complete for moc

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Pathway {

/**
 * Makes a copy to keep of a young person's plan or health history as a PDF, in the app's
 * language: the young person for themselves, or their PA for them. Making one is recorded on
 * the young person's chronology (synced), so the PA sees that they have a copy.
 */
class CopyToKeepController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Pathway::AppController *app READ app WRITE setApp NOTIFY appChanged)
    Q_PROPERTY(QString youngPersonId READ youngPersonId WRITE setYoungPersonId NOTIFY youngPersonIdChanged)
    Q_PROPERTY(bool canMake READ canMake NOTIFY youngPersonIdChanged)
    Q_PROPERTY(QString message READ message NOTIFY madeChanged)
    Q_PROPERTY(QUrl lastFile READ lastFile NOTIFY madeChanged)
    Q_PROPERTY(bool hasCopy READ hasCopy NOTIFY madeChanged)

public:
    explicit CopyToKeepController(QObject *parent = nullptr);

    AppController *app() const { return m_app; }
    void setApp(AppController *app);
    /** The young person's id; empty means the signed-in young person. */
    QString youngPersonId() const;
    void setYoungPersonId(const QString &id);
    /** This device holds the young person's records and its user may record the copy. */
    bool canMake() const;
    QString message() const { return m_message; }
    /** The PDF made last (empty before one is made). */
    QUrl lastFile() const { return m_lastFile; }
    /** A copy was made in this session and can be opened. */
    bool hasCopy() const { return !m_lastFile.isEmpty(); }

    /** A file in the Documents folder for @p kind ("plan" or "health"), named with today's date. */
    Q_INVOKABLE QUrl suggestedFile(const QString &kind) const;
    /**
     * Writes the copy of @p kind ("plan" or "health") as a PDF to @p file and records it on the
     * chronology. False (with message()) when the file could not be written; nothing is recorded then.
     */
    Q_INVOKABLE bool make(const QString &kind, const QUrl &file);
    /** Opens the last PDF in the system's viewer, to print or share it. */
    Q_INVOKABLE bool openLast();

Q_SIGNALS:
    void appChanged();
    void youngPersonIdChanged();
    void madeChanged();

private:
    void setMessage(const QString &message);

    QPointer<AppController> m_app;
    QString m_youngPersonId;
    QString m_message;
    QUrl m_lastFile;
};

} // namespace Pathway
