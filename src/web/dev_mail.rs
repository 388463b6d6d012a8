//! `/dev/mail`: in the demo (or with `FAIRPLAN_DEV_MAIL_PAGE=true`), every mail written so far,
//! like letter_opener, so a newcomer can follow a participant's link. Absent (404) otherwise,
//! since it shows everyone's personal links to anyone who can reach the server.

use super::layout::Layout;
use crate::app::error::AppError;
use crate::app::extract::Path;
use crate::app::state::AppState;
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
    if state.config.shows_dev_mailbox() {
        Ok(())
    } else {
        Err(AppError::NotFound)
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
