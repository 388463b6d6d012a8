//! `/dev/mail`: in development mail mode, every mail written so far, like letter_opener, so a
//! newcomer can follow a participant's link. Absent (404) when mail goes to a real SMTP server.

use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
use crate::config::MailMode;
use crate::domain::locale::Locale;
use crate::services::mailbox::{self, MailLine, MailText};
use askama::Template;
use axum::extract::State;
use axum::response::Html;
use uuid::Uuid;

#[derive(Template)]
#[template(path = "dev/mail_list.html")]
struct MailListPage {
    meta: Layout,
    mails: Vec<MailLine>,
}

#[derive(Template)]
#[template(path = "dev/mail_show.html")]
struct MailPage {
    meta: Layout,
    mail: MailText,
}

fn ensure_dev_mode(state: &AppState) -> Result<(), AppError> {
    match state.config.mail {
        MailMode::Files(_) => Ok(()),
        MailMode::Smtp(_) => Err(AppError::NotFound),
    }
}

/// `GET /dev/mail`: the newest 200 mails.
pub async fn list_mails(State(state): State<AppState>) -> Result<Html<String>, AppError> {
    ensure_dev_mode(&state)?;
    let mails = mailbox::recent(&state.db, 200).await?;
    let page = MailListPage {
        meta: Layout::new(
            "Development mailbox",
            &state.config.programme_name,
            &Locale::default(),
        ),
        mails,
    };
    Ok(Html(page.render()?))
}

/// `GET /dev/mail/{id}`: one mail's text, with its links clickable.
pub async fn show_mail(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<Html<String>, AppError> {
    ensure_dev_mode(&state)?;
    let mail = mailbox::find(&state.db, id).await?;
    let page = MailPage {
        meta: Layout::new(
            mail.subject.clone(),
            &state.config.programme_name,
            &Locale::default(),
        ),
        mail,
    };
    Ok(Html(page.render()?))
}
