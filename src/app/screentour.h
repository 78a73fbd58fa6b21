// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <functional>

class QQmlEngine;
class QQuickWindow;

namespace Pathway {

class AppController;
class StoreSession;
struct CaseData;

/**
 * Drives the real app through every main page of every role, each role on its own fresh
 * temporary demo store: as a smoke test (--self-test: fails on any QML warning) or to save
 * a screenshot of each page at phone and desktop size (--screenshots DIR).
 */
class ScreenTour : public QObject
{
    Q_OBJECT

public:
    /** @p screenshotDir empty: self-test only. @p langTag goes into file names ("en", "ar"). */
    ScreenTour(QQmlEngine &engine, QString screenshotDir, QString langTag);

    /** Runs the tour; returns the process exit code (0 when every page loaded without warnings). */
    int run();
    /** Only the first screen and the young person's home, plan, offer and documents pages, at phone size. */
    void setYoungPersonPagesOnly(bool only) { m_youngPersonPagesOnly = only; }
    /** Call from the message handler: counts QML warnings. */
    static void noteMessage(QtMsgType type, const char *category, const QString &message);

private:
    bool tourRole(const QString &role);
    /** A PA's contact screens: the date and time picker, and marking a contact entered in error. */
    /** A young person's proposed step, and the Not accepted page with a refused change. */
    bool tourRefused(QQuickWindow *window, AppController &app, const QString &baseKey);
    bool tourContacts(QQuickWindow *window, StoreSession &session, const QString &youngPersonId);
    bool waitFor(const std::function<bool()> &condition, int timeoutMs);
    void settle(int ms);
    /** Waits until a page pushed onto the window's stack has finished coming in. */
    void settlePushed(QQuickWindow *window);
    void capture(QQuickWindow *window, const QString &name);
    /** Opens a pushed page at phone and desktop size and captures it as <lang>-<role>-<name>-<size>. */
    void tourPushed(QQuickWindow *window,
                    const QString &roleCode,
                    const QString &baseKey,
                    const QString &key,
                    const QVariantMap &props,
                    const QString &name);
    /** The record editors (staff) and the manager's sign-off, on the role's demo data. */
    void tourEditors(QQuickWindow *window, const QString &roleCode, const QString &baseKey, const CaseData &data);
    /** The manager's Performance page with the young people behind this month's contact figure. */
    void tourPerformance(QQuickWindow *window);

    QQmlEngine &m_engine;
    QString m_shotDir;
    QString m_lang;
    bool m_youngPersonPagesOnly = false;
    int m_pages = 0;
    int m_shots = 0;
};

} // namespace Pathway
