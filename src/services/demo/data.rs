//! The demo programme's people and companies: fictional, but shaped like a real evening.

use crate::domain::cefr::CefrLevel::{self, A2, B1, B2, C1, C2};

/// An employer with its contact and volunteers.
pub struct DemoEmployer {
    /// Company name.
    pub name: &'static str,
    /// Contact person's name and address.
    pub contact: (&'static str, &'static str),
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
        contact: ("Katrin Vogel", "katrin.vogel@nordlicht.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Jonas Becker",
                email: "jonas.becker@nordlicht.example",
                job_title: "Electrical engineer",
                languages: &[("de", C2), ("en", C1)],
                expertise: &["engineering"],
            },
            DemoVolunteer {
                name: "Leyla Aydın",
                email: "leyla.aydin@nordlicht.example",
                job_title: "HR business partner",
                languages: &[("de", C2), ("tr", C2), ("en", B2)],
                expertise: &["engineering", "finance"],
            },
        ],
    },
    DemoEmployer {
        name: "Havel Health Kliniken",
        contact: ("Dr. Miriam Roth", "miriam.roth@havelhealth.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Samir Haddad",
                email: "samir.haddad@havelhealth.example",
                job_title: "Senior nurse",
                languages: &[("ar", C2), ("de", C1), ("en", B2)],
                expertise: &["healthcare"],
            },
            DemoVolunteer {
                name: "Olena Kovalenko",
                email: "olena.kovalenko@havelhealth.example",
                job_title: "Physician",
                languages: &[("uk", C2), ("de", C1), ("en", C1)],
                expertise: &["healthcare"],
            },
            DemoVolunteer {
                name: "Thomas Wendt",
                email: "thomas.wendt@havelhealth.example",
                job_title: "Recruiter",
                languages: &[("de", C2), ("en", B2)],
                expertise: &["healthcare", "care"],
            },
        ],
    },
    DemoEmployer {
        name: "Spree Software AG",
        contact: ("Anna Lindqvist", "anna.lindqvist@spreesoftware.example"),
        volunteers: &[
            DemoVolunteer {
                name: "Reza Karimi",
                email: "reza.karimi@spreesoftware.example",
                job_title: "Backend developer",
                languages: &[("fa", C2), ("en", C1), ("de", B2)],
                expertise: &["software"],
            },
            DemoVolunteer {
                name: "Julia Schmidt",
                email: "julia.schmidt@spreesoftware.example",
                job_title: "Engineering manager",
                languages: &[("de", C2), ("en", C2)],
                expertise: &["software", "engineering"],
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
        &["healthcare"],
        "",
    ),
    (
        "Oleksandr Shevchenko",
        "uk",
        &[("uk", C2), ("de", A2), ("en", B2)],
        &["engineering"],
        "",
    ),
    (
        "Farzana Ahmadi",
        "fa",
        &[("fa", C2), ("de", B1)],
        &["software"],
        "",
    ),
    (
        "Mehmet Yılmaz",
        "tr",
        &[("tr", C2), ("de", B2)],
        &["engineering"],
        "",
    ),
    (
        "Senait Tesfay",
        "ti",
        &[("ti", C2), ("en", B1), ("de", A2)],
        &["care"],
        "interpreter (Tigrinya)",
    ),
    (
        "Iryna Bondarenko",
        "uk",
        &[("uk", C2), ("en", C1), ("de", B1)],
        &["healthcare"],
        "",
    ),
    (
        "Yusuf Mohammed",
        "ar",
        &[("ar", C2), ("en", B2)],
        &["software"],
        "",
    ),
    (
        "Maria González",
        "es",
        &[("es", C2), ("en", C1), ("de", B1)],
        &["finance"],
        "",
    ),
    (
        "Hamid Rahimi",
        "fa",
        &[("fa", C2), ("de", A2)],
        &["logistics"],
        "",
    ),
    (
        "Nour Al-Sayed",
        "ar",
        &[("ar", C2), ("de", B2)],
        &["healthcare"],
        "step-free access",
    ),
    (
        "Dmytro Melnyk",
        "uk",
        &[("uk", C2), ("de", B1)],
        &["software"],
        "",
    ),
    (
        "Aisha Bello",
        "en",
        &[("en", C2), ("de", A2)],
        &["finance"],
        "",
    ),
    (
        "Tigist Alemu",
        "en",
        &[("am", C2), ("en", B2)],
        &["care"],
        "",
    ),
    (
        "Khaled Mansour",
        "ar",
        &[("ar", C2), ("en", C1)],
        &["engineering"],
        "",
    ),
    (
        "Svitlana Tkachenko",
        "uk",
        &[("uk", C2), ("de", B2)],
        &["finance"],
        "",
    ),
    (
        "Ahmad Noori",
        "fa",
        &[("fa", C2), ("en", B1)],
        &["engineering"],
        "",
    ),
    (
        "Elif Demir",
        "tr",
        &[("tr", C2), ("en", B2), ("de", B1)],
        &["software"],
        "",
    ),
    (
        "Rania Khalil",
        "ar",
        &[("ar", C2), ("fr", C1), ("de", A2)],
        &["healthcare"],
        "",
    ),
    (
        "Viktor Petrenko",
        "uk",
        &[("uk", C2), ("en", B1)],
        &["logistics"],
        "",
    ),
    (
        "Zainab Hussaini",
        "fa",
        &[("fa", C2), ("de", B1)],
        &["care"],
        "",
    ),
    (
        "Juan Pérez",
        "es",
        &[("es", C2), ("de", A2)],
        &["logistics"],
        "",
    ),
    (
        "Fatima Zahra Benali",
        "fr",
        &[("fr", C2), ("ar", C2), ("de", B1)],
        &["finance"],
        "",
    ),
    (
        "Mohammed Al-Hassan",
        "ar",
        &[("ar", C2), ("de", B1)],
        &["engineering"],
        "",
    ),
    (
        "Natalia Kravets",
        "uk",
        &[("uk", C2), ("de", C1)],
        &["software"],
        "",
    ),
    (
        "Abdullah Safi",
        "fa",
        &[("fa", C2), ("en", B2)],
        &["healthcare"],
        "",
    ),
    (
        "Grace Okafor",
        "en",
        &[("en", C2), ("de", B1)],
        &["care"],
        "",
    ),
    (
        "Hassan Jama",
        "en",
        &[("so", C2), ("en", B2)],
        &["logistics"],
        "",
    ),
    (
        "Lina Saleh",
        "ar",
        &[("ar", C2), ("en", B2), ("de", B1)],
        &["software"],
        "",
    ),
    (
        "Burak Kaya",
        "tr",
        &[("tr", C2), ("de", C1)],
        &["finance"],
        "",
    ),
    (
        "Mariam Yousef",
        "de",
        &[("ar", C2), ("de", C1)],
        &["healthcare"],
        "",
    ),
];

/// The demo coordinator's sign-in.
pub const COORDINATOR: (&str, &str, &str) = (
    "coordinator@demo.fairplan.test",
    "demo-password-2026",
    "Demo Coordinator",
);
