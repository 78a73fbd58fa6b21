// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace Pathway::Sync {
class ApiClient;
}

namespace Pathway {

/**
 * One GET of a statutory return through the signed-in API client, asking for JSON: the file (the
 * OC3 CSV as "csv", or any file in base64 as "content"), its name, its rows and the rows to
 * correct; or why not.
 */
class ExportReturnJob : public QObject
{
    Q_OBJECT

public:
    ExportReturnJob(Sync::ApiClient *api, const QString &path, const QUrlQuery &query, QObject *parent = nullptr);
    /** Sends the request; finished() follows once (also when there is no API client). */
    void start();

    bool hasError() const { return !m_errorCode.isEmpty(); }
    /** "network", "timeout", "login_required", "forbidden", the server's error code, ...; empty on success. */
    QString errorCode() const { return m_errorCode; }
    QString fileName() const { return m_fileName; }
    QByteArray content() const { return m_content; }
    int rows() const { return m_rows; }
    /** Rows that break a DfE rule, to correct before the return is sent (OC3). */
    int problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    QPointer<Sync::ApiClient> m_api;
    QString m_path;
    QUrlQuery m_query;
    QString m_errorCode;
    QString m_fileName;
    QByteArray m_content;
    int m_rows = 0;
    int m_problems = 0;
};

} // namespace Pathway
