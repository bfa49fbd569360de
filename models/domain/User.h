#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class QJsonObject;

namespace doo {

struct User
{
    QString id;
    QString email;
    QString name;
    QString company;
    QString department;
    UserRole role = UserRole::Director;
    bool isActive = true;
    bool onboardingCompleted = false;
    QString timeZone; // IANA name ("Europe/Berlin") for schedules and dates; empty: the computer's zone
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    // Trims text and lower-cases the email (emails are unique regardless of case).
    void normalize();
    Status validate() const;
    QJsonObject toJson() const;

    Q_DECLARE_TR_FUNCTIONS(User)
};

// Who is asking. Every repository query is scoped to this user unless the role is ADMIN.
struct UserContext
{
    QString userId;
    UserRole role = UserRole::User;

    bool isAdmin() const { return role == UserRole::Admin; }
    // The scope of the user's own work (their scheduler, their workflow's runs): their own rows,
    // also for an ADMIN, whose role otherwise widens the scope to everyone's.
    UserContext ownScope() const { return {userId, isAdmin() ? UserRole::Director : role}; }
    static UserContext of(const User &user) { return {user.id, user.role}; }
};

} // namespace doo
