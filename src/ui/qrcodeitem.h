// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace Pathway {

/** Draws a QR code of its text (libqrencode, error correction level M), with the quiet zone around it. */
class QrCodeItem : public QQuickPaintedItem
{
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY colorChanged)
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    QColor background() const { return m_background; }
    void setBackground(const QColor &color);
    /** Modules (dots) on each side, the quiet zone included; 0 when nothing is encoded. */
    int modules() const;
    bool isValid() const { return m_size > 0; }
    /** Whether the module at @p x, @p y (without the quiet zone) is dark. */
    bool isDark(int x, int y) const;

    void paint(QPainter *painter) override;

    /** The QR matrix of @p text, row by row (true = dark), and its side; side 0 if it cannot be encoded. */
    static std::vector<bool> encode(const QString &text, int *side);

Q_SIGNALS:
    void textChanged();
    void colorChanged();

private:
    QString m_text;
    QColor m_color = Qt::black;
    QColor m_background = Qt::white;
    std::vector<bool> m_matrix;
    int m_size = 0;
};

} // namespace Pathway
