//! The demo programme's people and companies: fictional, but shaped like a real evening.

use crate::domain::cefr::CefrLevel::{self, A2, B1, B2, C1, C2};

/// An employer with its contact and volunteers.
pub struct DemoEmployer {
    /// Company name.
    pub name: &'static str,
    /// Contact person's name and address.
    pub contact: (&'static str, &'static str),
    /// What a day at its taster placement holds.
    pub placement: &'static str,
    /// Volunteers: name, address, job title, languages with levels, occupation fields.
    pub volunteers: &'static [DemoVolunteer],
}

/// A volunteer.
pub struct DemoVolunteer {
    /// Name.
    pub name: &'static str,
    /// E-mail address.
    pub email: &'static str,
    /// Job title.
    pub job_title: &'static str,
    /// Languages with CEFR levels.
    pub languages: &'static [(&'static str, CefrLevel)],
    /// Occupation fields.
    pub expertise: &'static [&'static str],
}

/// The three demo employers.
pub const EMPLOYERS: &[DemoEmployer] = &[
    DemoEmployer {
        name: "Nordlicht Energie GmbH",
        placement: "A day with the solar installation team: planning a roof system and testing inverters in the workshop.",
        contact: ("Katrin Vogel", "katrin.vogel@nordlicht.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Jonas Becker",
                email: "jonas.becker@nordlicht.example",
                job_title: "Electrical engineer",
                languages: &[("de", C2), ("en", C1)],
                expertise: &["21"],
            },
            DemoVolunteer {
                name: "Leyla Aydın",
                email: "leyla.aydin@nordlicht.example",
                job_title: "HR business partner",
                languages: &[("de", C2), ("tr", C2), ("en", B2)],
                expertise: &["21", "24"],
            },
        ],
    },
    DemoEmployer {
        name: "Havel Health Kliniken",
        placement: "A day on a hospital ward beside a nurse and the ward doctor: admissions, rounds and handover.",
        contact: ("Dr. Miriam Roth", "miriam.roth@havelhealth.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Samir Haddad",
                email: "samir.haddad@havelhealth.example",
                job_title: "Senior nurse",
                languages: &[("ar", C2), ("de", C1), ("en", B2)],
                expertise: &["22"],
            },
            DemoVolunteer {
                name: "Olena Kovalenko",
                email: "olena.kovalenko@havelhealth.example",
                job_title: "Physician",
                languages: &[("uk", C2), ("de", C1), ("en", C1)],
                expertise: &["22"],
            },
            DemoVolunteer {
                name: "Thomas Wendt",
                email: "thomas.wendt@havelhealth.example",
                job_title: "Recruiter",
                languages: &[("de", C2), ("en", B2)],
                expertise: &["22", "53"],
            },
        ],
    },
    DemoEmployer {
        name: "Spree Software AG",
        placement: "A day in a product team: stand-up, pairing on a small change and the code review.",
        contact: ("Anna Lindqvist", "anna.lindqvist@spreesoftware.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Reza Karimi",
                email: "reza.karimi@spreesoftware.example",
                job_title: "Backend developer",
                languages: &[("fa", C2), ("en", C1), ("de", B2)],
                expertise: &["25"],
            },
            DemoVolunteer {
                name: "Julia Schmidt",
                email: "julia.schmidt@spreesoftware.example",
                job_title: "Engineering manager",
                languages: &[("de", C2), ("en", C2)],
                expertise: &["25", "21"],
            },
        ],
    },
];

/// A participant: name, locale, languages with levels, occupation fields, needs.
pub type DemoParticipant = (
    &'static str,
    &'static str,
    &'static [(&'static str, CefrLevel)],
    &'static [&'static str],
    &'static str,
);

/// Thirty job seekers from many countries.
pub const PARTICIPANTS: &[DemoParticipant] = &[
    (
        "Amira Haddad",
        "ar",
        &[("ar", C2), ("de", B1), ("en", B2)],
        &["22"],
        "",
    ),
    (
        "Oleksandr Shevchenko",
        "uk",
        &[("uk", C2), ("de", A2), ("en", B2)],
        &["21"],
        "",
    ),
    (
        "Farzana Ahmadi",
        "fa",
        &[("fa", C2), ("de", B1)],
        &["25"],
        "",
    ),
    (
        "Mehmet Yılmaz",
        "tr",
        &[("tr", C2), ("de", B2)],
        &["21"],
        "",
    ),
    (
        "Senait Tesfay",
        "ti",
        &[("ti", C2), ("en", B1), ("de", A2)],
        &["53"],
        "interpreter (Tigrinya)",
    ),
    (
        "Iryna Bondarenko",
        "uk",
        &[("uk", C2), ("en", C1), ("de", B1)],
        &["22"],
        "",
    ),
    (
        "Yusuf Mohammed",
        "ar",
        &[("ar", C2), ("en", B2)],
        &["25"],
        "",
    ),
    (
        "Maria González",
        "es",
        &[("es", C2), ("en", C1), ("de", B1)],
        &["24"],
        "",
    ),
    ("Hamid Rahimi", "fa", &[("fa", C2), ("de", A2)], &["43"], ""),
    (
        "Nour Al-Sayed",
        "ar",
        &[("ar", C2), ("de", B2)],
        &["22"],
        "step-free access",
    ),
    (
        "Dmytro Melnyk",
        "uk",
        &[("uk", C2), ("de", B1)],
        &["25"],
        "",
    ),
    ("Aisha Bello", "en", &[("en", C2), ("de", A2)], &["24"], ""),
    ("Tigist Alemu", "en", &[("am", C2), ("en", B2)], &["53"], ""),
    (
        "Khaled Mansour",
        "ar",
        &[("ar", C2), ("en", C1)],
        &["21"],
        "",
    ),
    (
        "Svitlana Tkachenko",
        "uk",
        &[("uk", C2), ("de", B2)],
        &["24"],
        "",
    ),
    ("Ahmad Noori", "fa", &[("fa", C2), ("en", B1)], &["21"], ""),
    (
        "Elif Demir",
        "tr",
        &[("tr", C2), ("en", B2), ("de", B1)],
        &["25"],
        "",
    ),
    (
        "Rania Khalil",
        "ar",
        &[("ar", C2), ("fr", C1), ("de", A2)],
        &["22"],
        "",
    ),
    (
        "Viktor Petrenko",
        "uk",
        &[("uk", C2), ("en", B1)],
        &["43"],
        "",
    ),
    (
        "Zainab Hussaini",
        "fa",
        &[("fa", C2), ("de", B1)],
        &["53"],
        "",
    ),
    ("Juan Pérez", "es", &[("es", C2), ("de", A2)], &["43"], ""),
    (
        "Fatima Zahra Benali",
        "fr",
        &[("fr", C2), ("ar", C2), ("de", B1)],
        &["24"],
        "",
    ),
    (
        "Mohammed Al-Hassan",
        "ar",
        &[("ar", C2), ("de", B1)],
        &["21"],
        "",
    ),
    (
        "Natalia Kravets",
        "uk",
        &[("uk", C2), ("de", C1)],
        &["25"],
        "",
    ),
    (
        "Abdullah Safi",
        "fa",
        &[("fa", C2), ("en", B2)],
        &["22"],
        "",
    ),
    ("Grace Okafor", "en", &[("en", C2), ("de", B1)], &["53"], ""),
    ("Hassan Jama", "en", &[("so", C2), ("en", B2)], &["43"], ""),
    (
        "Lina Saleh",
        "ar",
        &[("ar", C2), ("en", B2), ("de", B1)],
        &["25"],
        "",
    ),
    ("Burak Kaya", "tr", &[("tr", C2), ("de", C1)], &["24"], ""),
    (
        "Mariam Yousef",
        "de",
        &[("ar", C2), ("de", C1)],
        &["22"],
        "",
    ),
];

/// The demo coordinator's sign-in.
pub const COORDINATOR: (&str, &str, &str) = (
    "coordinator@demo.fairplan.test",
    "demo-password-2026",
    "Demo Coordinator",
);
