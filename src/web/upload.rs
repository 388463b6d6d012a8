//! Reading a form with a file upload (`multipart/form-data`): its text fields and one file.

use crate::app::error::AppError;
use crate::domain::fields::FieldError;
use axum::extract::multipart::{Multipart, MultipartRejection};
use std::collections::HashMap;

/// A submitted upload form.
pub struct Upload {
    /// Text fields by name (the CSRF token among them).
    pub fields: HashMap<String, String>,
    /// The bytes of the field named `file` (empty when none was chosen).
    pub file: Vec<u8>,
}

impl Upload {
    /// A text field's value, empty when absent.
    pub fn field(&self, name: &str) -> &str {
        self.fields.get(name).map_or("", String::as_str)
    }
}

/// Reads the whole form. A body over the route's size limit or a broken upload gives a
/// validation error on `file` that says what to do, never a bare 413 or 500.
pub async fn read_upload(
    multipart: Result<Multipart, MultipartRejection>,
    max_megabytes: usize,
) -> Result<Upload, AppError> {
    let unreadable = || {
        AppError::Validation(vec![FieldError::with_args(
            "file",
            "problem-upload-unreadable",
            vec![("count", max_megabytes.to_string())],
        )])
    };
    let mut multipart = multipart.map_err(|_| unreadable())?;
    let mut upload = Upload {
        fields: HashMap::new(),
        file: Vec::new(),
    };
    while let Some(field) = multipart.next_field().await.map_err(|_| unreadable())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "file" {
            upload.file = field.bytes().await.map_err(|_| unreadable())?.to_vec();
        } else {
            let value = field.text().await.map_err(|_| unreadable())?;
            upload.fields.insert(name, value);
        }
    }
    Ok(upload)
}
