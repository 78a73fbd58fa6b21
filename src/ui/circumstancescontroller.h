// SPDX-FileCopyrightText: 2026 Pathway contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordeditor.h"

#include "domain/circumstances.h"

#include <QVariantList>

namespace Pathway {

/**
 * What a young person is doing, where they live, whether they are in touch, and their gender,
 * ethnicity and disability: the facts the DfE and Ofsted returns need. Staff see where each
 * stands and record a new activity, accommodation or in-touch status from a day (each a history),
 * and the young person's identity codes. A new activity ends NEET; suitable accommodation ends the
 * unsuitable-accommodation alert.
 */
class CircumstancesController : public Pathway::RecordEditor
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString activityText READ activityText NOTIFY statusChanged)
    Q_PROPERTY(QString accommodationText READ accommodationText NOTIFY statusChanged)
    Q_PROPERTY(QString inTouchText READ inTouchText NOTIFY statusChanged)
    Q_PROPERTY(QString identityText READ identityText NOTIFY statusChanged)
    Q_PROPERTY(QVariantList activityOptions READ activityOptions CONSTANT)
    Q_PROPERTY(QVariantList accommodationOptions READ accommodationOptions CONSTANT)
    Q_PROPERTY(QVariantList inTouchOptions READ inTouchOptions CONSTANT)
    Q_PROPERTY(QVariantList genderOptions READ genderOptions CONSTANT)
    Q_PROPERTY(QVariantList ethnicityOptions READ ethnicityOptions CONSTANT)
    Q_PROPERTY(QVariantList disabilityOptions READ disabilityOptions CONSTANT)
    Q_PROPERTY(QString activityCode READ activityCode WRITE setActivityCode NOTIFY formChanged)
    Q_PROPERTY(QString activityFrom READ activityFrom WRITE setActivityFrom NOTIFY formChanged)
    Q_PROPERTY(QString accommodationType READ accommodationType WRITE setAccommodationType NOTIFY formChanged)
    Q_PROPERTY(bool accommodationSuitable READ accommodationSuitable WRITE setAccommodationSuitable NOTIFY formChanged)
    Q_PROPERTY(bool suitabilityChoosable READ suitabilityChoosable NOTIFY formChanged)
    Q_PROPERTY(QString accommodationFrom READ accommodationFrom WRITE setAccommodationFrom NOTIFY formChanged)
    Q_PROPERTY(QString inTouchCode READ inTouchCode WRITE setInTouchCode NOTIFY formChanged)
    Q_PROPERTY(QString inTouchOn READ inTouchOn WRITE setInTouchOn NOTIFY formChanged)
    Q_PROPERTY(QString gender READ gender WRITE setGender NOTIFY formChanged)
    Q_PROPERTY(QString ethnicity READ ethnicity WRITE setEthnicity NOTIFY formChanged)
    Q_PROPERTY(QString disability READ disability WRITE setDisability NOTIFY formChanged)

public:
    explicit CircumstancesController(QObject *parent = nullptr);

    QString activityText() const;
    QString accommodationText() const;
    QString inTouchText() const;
    QString identityText() const;
    QVariantList activityOptions() const;
    QVariantList accommodationOptions() const;
    QVariantList inTouchOptions() const;
    QVariantList genderOptions() const;
    QVariantList ethnicityOptions() const;
    QVariantList disabilityOptions() const;

    QString activityCode() const { return m_activityCode; }
    void setActivityCode(const QString &code);
    QString activityFrom() const { return m_activityFrom; }
    void setActivityFrom(const QString &iso);
    QString accommodationType() const { return m_accommodationType; }
    void setAccommodationType(const QString &letter);
    bool accommodationSuitable() const { return m_suitable; }
    void setAccommodationSuitable(bool suitable);
    /** Whether suitability is a choice: homeless (S) and custody (X) are never suitable. */
    bool suitabilityChoosable() const;
    QString accommodationFrom() const { return m_accommodationFrom; }
    void setAccommodationFrom(const QString &iso);
    QString inTouchCode() const { return m_inTouchCode; }
    void setInTouchCode(const QString &code);
    QString inTouchOn() const { return m_inTouchOn; }
    void setInTouchOn(const QString &iso);
    QString gender() const { return m_gender; }
    void setGender(const QString &code);
    QString ethnicity() const { return m_ethnicity; }
    void setEthnicity(const QString &code);
    /** "yes", "no" or "" (not recorded). */
    QString disability() const { return m_disability; }
    void setDisability(const QString &code);
    bool canEdit() const override;

    /** Records the activity chosen, from its day. */
    Q_INVOKABLE bool saveActivity();
    /** Records the accommodation chosen and its suitability, from its day. */
    Q_INVOKABLE bool saveAccommodation();
    /** Records that the young person died, refuses contact, no longer needs services or returned home. */
    Q_INVOKABLE bool saveInTouch();
    /** Saves gender, ethnicity and disability on the young person's record. */
    Q_INVOKABLE bool saveIdentity();

Q_SIGNALS:
    void formChanged();
    void statusChanged();

protected:
    void load() override;

private:
    template<typename T> QList<T> mine(const QList<T> &all) const;
    /** A new dated record of this young person, recorded by this user. */
    template<typename T> T newRecord() const;

    QString m_activityCode;
    QString m_activityFrom;
    QString m_accommodationType;
    bool m_suitable = true;
    QString m_accommodationFrom;
    QString m_inTouchCode;
    QString m_inTouchOn;
    QString m_gender;
    QString m_ethnicity;
    QString m_disability;
};

} // namespace Pathway
