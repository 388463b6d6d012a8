//! Columns stored as text that hold one of a fixed set of values (a status, a format): the
//! domain's enum is the column's type, so code compares variants, never strings. The database's
//! CHECK constraints list the same texts; a text the enum does not know fails the read loudly.

/// Implements what sea-orm needs to read and write `$ty` as a text column, through its
/// `as_str` and `FromStr` (what `#[derive(DeriveValueType)]` writes for enum strings; the type
/// lives in `domain`, which knows nothing of sea-orm).
macro_rules! text_value {
    ($ty:ty) => {
        impl From<$ty> for sea_orm::Value {
            fn from(value: $ty) -> Self {
                value.as_str().into()
            }
        }

        impl sea_orm::TryGetable for $ty {
            fn try_get_by<I: sea_orm::ColIdx>(
                res: &sea_orm::QueryResult,
                idx: I,
            ) -> Result<Self, sea_orm::TryGetError> {
                let text = String::try_get_by(res, idx)?;
                text.parse().map_err(|e| {
                    sea_orm::TryGetError::DbErr(sea_orm::DbErr::TryIntoErr {
                        from: "String",
                        into: stringify!($ty),
                        source: std::sync::Arc::new(e),
                    })
                })
            }
        }

        impl sea_orm::sea_query::ValueType for $ty {
            fn try_from(value: sea_orm::Value) -> Result<Self, sea_orm::sea_query::ValueTypeErr> {
                let text = <String as sea_orm::sea_query::ValueType>::try_from(value)?;
                text.parse().map_err(|_| sea_orm::sea_query::ValueTypeErr)
            }

            fn type_name() -> String {
                stringify!($ty).to_owned()
            }

            fn array_type() -> sea_orm::sea_query::ArrayType {
                sea_orm::sea_query::ArrayType::String
            }

            fn column_type() -> sea_orm::sea_query::ColumnType {
                sea_orm::sea_query::ColumnType::Text
            }
        }

        impl sea_orm::sea_query::Nullable for $ty {
            fn null() -> sea_orm::Value {
                sea_orm::Value::String(None)
            }
        }

        impl sea_orm::IntoActiveValue<$ty> for $ty {
            fn into_active_value(self) -> sea_orm::ActiveValue<$ty> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    };
}

text_value!(crate::domain::booking_status::BookingStatus);
text_value!(crate::domain::event_status::EventStatus);
text_value!(crate::domain::booking_mode::BookingMode);
text_value!(crate::domain::session_format::Format);
text_value!(crate::domain::delivery_status::DeliveryStatus);
text_value!(crate::domain::run_status::RunStatus);
text_value!(crate::domain::link_scope::LinkScope);
text_value!(crate::domain::cefr::CefrLevel);
text_value!(crate::domain::standby_reason::StandbyReason);
text_value!(crate::domain::survey::Usefulness);
text_value!(crate::domain::outcome::OutcomeKind);
text_value!(crate::domain::mail_kind::MailKind);
text_value!(crate::domain::audit_kind::AuditKind);
