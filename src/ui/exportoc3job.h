// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace Pathway::Sync {
class ApiClient;
}

namespace Pathway {

/** One GET /v1/reports/oc3?year=...&format=json through the signed-in API client: the file, or why not. */
class ExportOc3Job : public QObject
{
    Q_OBJECT

public:
    ExportOc3Job(Sync::ApiClient *api, int year, QObject *parent = nullptr);
    /** Sends the request; finished() follows once (also when there is no API client). */
    void start();

    bool hasError() const { return !m_errorCode.isEmpty(); }
    /** "network", "timeout", "login_required", "forbidden", the server's error code, ...; empty on success. */
    QString errorCode() const { return m_errorCode; }
    QString fileName() const { return m_fileName; }
    QByteArray csv() const { return m_csv; }
    int rows() const { return m_rows; }
    /** Rows that break a DfE rule, to correct before the return is sent. */
    int problems() const { return m_problems; }

Q_SIGNALS:
    void finished();

private:
    QPointer<Sync::ApiClient> m_api;
    int m_year = 0;
    QString m_errorCode;
    QString m_fileName;
    QByteArray m_csv;
    int m_rows = 0;
    int m_problems = 0;
};

} // namespace Pathway
