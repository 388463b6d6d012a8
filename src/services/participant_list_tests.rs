use super::*;
use uuid::Uuid;

fn row(n: u128, name: &str, statuses: &[BookingStatus]) -> Row {
    Row {
        person: ListedPerson {
            id: Uuid::from_u128(n),
            name: name.to_owned(),
            email: Some(format!("{}@example.org", name.to_lowercase())),
            phone: (n == 3).then(|| "+49 30 1234".to_owned()),
            locale: "en".to_owned(),
            invited_at: n.is_multiple_of(2).then_some(1),
            anonymised_at: None,
        },
        bookings: statuses
            .iter()
            .map(|status| RowBooking {
                session: "CV clinic".to_owned(),
                when: "18:00–18:30".to_owned(),
                status: *status,
            })
            .collect(),
        answers: Vec::new(),
    }
}

fn people() -> Vec<Row> {
    use BookingStatus::*;
    vec![
        row(1, "Amira", &[Confirmed]),
        row(2, "Bohdan", &[Waitlisted]),
        row(3, "Chen", &[]),
        row(4, "Dana", &[NoShow, Confirmed]),
        row(5, "Emre", &[Offered]),
    ]
}

fn names(page: &ListPage) -> Vec<&str> {
    page.rows.iter().map(|r| r.person.name.as_str()).collect()
}

fn ask(find: &str, filter: Filter, page: usize) -> ListQuery {
    ListQuery {
        find: find.to_owned(),
        filter,
        page,
    }
}

#[test]
fn each_filter_keeps_the_people_it_names() {
    for (filter, expected) in [
        (Filter::All, vec!["Amira", "Bohdan", "Chen", "Dana", "Emre"]),
        (Filter::Booked, vec!["Amira", "Dana"]),
        (Filter::NotBooked, vec!["Bohdan", "Chen", "Emre"]),
        (Filter::Waiting, vec!["Bohdan", "Emre"]),
        (Filter::NoShow, vec!["Dana"]),
    ] {
        let page = choose(people(), &ask("", filter, 1));
        assert_eq!(names(&page), expected, "{filter:?}");
        assert_eq!((page.total, page.not_invited), (5, 3));
    }
}

#[test]
fn a_search_finds_names_addresses_and_phone_numbers_in_any_case() {
    assert_eq!(
        names(&choose(people(), &ask("AMI", Filter::All, 1))),
        ["Amira"]
    );
    assert_eq!(
        names(&choose(people(), &ask("dana@", Filter::All, 1))),
        ["Dana"]
    );
    assert_eq!(
        names(&choose(people(), &ask(" 1234 ", Filter::All, 1))),
        ["Chen"]
    );
    assert_eq!(
        names(&choose(people(), &ask("EMR", Filter::Waiting, 1))),
        ["Emre"]
    );
    let none = choose(people(), &ask("zz", Filter::All, 1));
    assert_eq!((none.matching, none.page, none.pages), (0, 1, 1));
}

#[test]
fn fifty_people_make_a_page_and_a_page_past_the_end_shows_the_last() {
    let many: Vec<Row> = (0..120u128)
        .map(|n| row(n + 10, &format!("P{n:03}"), &[]))
        .collect();
    let first = choose(many.clone(), &ask("", Filter::All, 1));
    assert_eq!(
        (first.rows.len(), first.pages, first.matching),
        (50, 3, 120)
    );
    assert_eq!(first.rows[0].person.name, "P000");
    let last = choose(many.clone(), &ask("", Filter::All, 9));
    assert_eq!((last.page, last.rows.len()), (3, 20));
    assert_eq!(last.rows[0].person.name, "P100");
    let zero = choose(many, &ask("", Filter::All, 0));
    assert_eq!(zero.page, 1);
}

#[test]
fn a_filter_is_read_from_the_address_and_anything_else_shows_everyone() {
    for filter in Filter::ALL {
        assert_eq!(Filter::parse(filter.as_str()), filter);
    }
    assert_eq!(Filter::parse("<script>"), Filter::All);
}

#[test]
fn erased_people_are_counted_apart_and_listed_under_no_filter() {
    let mut rows = people();
    let mut erased = row(6, "Erased participant", &[]);
    erased.person.anonymised_at = Some(1);
    erased.person.invited_at = None;
    rows.push(erased);
    for filter in Filter::ALL {
        let page = choose(rows.clone(), &ask("", filter, 1));
        assert!(!names(&page).contains(&"Erased participant"), "{filter:?}");
        assert_eq!((page.total, page.erased, page.not_invited), (5, 1, 3));
    }
}
