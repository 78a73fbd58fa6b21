// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#include "qrcodeitem.h"

#include <QPainter>

#include <qrencode.h>

#include <cmath>
#include <memory>

namespace Pathway {

namespace {
/** The light margin scanners need around the code, in modules (ISO/IEC 18004). */
constexpr int QuietZone = 4;
} // namespace

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

std::vector<bool> QrCodeItem::encode(const QString &text, int *side)
{
    *side = 0;
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    const int width = code->width;
    std::vector<bool> matrix(size_t(width) * size_t(width));
    for (size_t i = 0; i < matrix.size(); ++i)
        matrix[i] = (code->data[i] & 1) != 0; // the lowest bit is the module's colour
    *side = width;
    return matrix;
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_matrix = encode(text, &m_size);
    Q_EMIT textChanged();
    update();
}

void QrCodeItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

void QrCodeItem::setBackground(const QColor &color)
{
    if (color == m_background)
        return;
    m_background = color;
    Q_EMIT colorChanged();
    update();
}

int QrCodeItem::modules() const
{
    return m_size > 0 ? m_size + 2 * QuietZone : 0;
}

bool QrCodeItem::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_matrix[size_t(y) * size_t(m_size) + size_t(x)];
}

void QrCodeItem::paint(QPainter *painter)
{
    const int total = modules();
    if (total == 0)
        return;
    // Whole pixels per module, centred, so every module has the same size and scanners read it.
    const qreal side = std::min(width(), height());
    const int unit = std::max(1, int(std::floor(side / total)));
    const qreal x0 = std::round((width() - unit * total) / 2.0);
    const qreal y0 = std::round((height() - unit * total) / 2.0);
    painter->fillRect(QRectF(x0, y0, unit * total, unit * total), m_background);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                painter->fillRect(QRectF(x0 + (x + QuietZone) * unit, y0 + (y + QuietZone) * unit, unit, unit),
                                  m_color);
            }
        }
    }
}

} // namespace Pathway
