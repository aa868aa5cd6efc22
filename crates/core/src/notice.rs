//! Notices about the user's data. Pure: the names in [`Notice::as_str`] are the contract e2e tests read from
//! `data-notice`, independent of how the variants are spelled in Rust.

/// Something the user should be told about their data, shown in a polite live region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser allows no storage here: answers live in memory only.
    StorageUnavailable,
    /// Saved data could not be read; it was kept aside and the check starts empty.
    KeptAside,
    /// Another tab saved newer answers; they were taken over.
    UpdatedFromOtherTab,
    /// Another tab deleted all answers.
    DeletedInOtherTab,
    /// Another tab switched "remember on this device" off; this tab keeps its answers while it is open.
    ForgottenInOtherTab,
    /// Saving failed (e.g. storage full); answers are kept in memory from now on.
    SaveFailed,
    /// The user deleted all answers.
    Deleted,
    /// A result file was imported.
    Imported,
}

impl Notice {
    /// The name in `data-notice`.
    pub fn as_str(self) -> &'static str {
        match self {
            Notice::StorageUnavailable => "StorageUnavailable",
            Notice::KeptAside => "KeptAside",
            Notice::UpdatedFromOtherTab => "UpdatedFromOtherTab",
            Notice::DeletedInOtherTab => "DeletedInOtherTab",
            Notice::ForgottenInOtherTab => "ForgottenInOtherTab",
            Notice::SaveFailed => "SaveFailed",
            Notice::Deleted => "Deleted",
            Notice::Imported => "Imported",
        }
    }

    /// Shown as a warning: the user's data is at risk or was not what they expected.
    pub fn is_warning(self) -> bool {
        matches!(self, Notice::StorageUnavailable | Notice::SaveFailed | Notice::KeptAside)
    }

    /// Offers "save as file" with the notice: answers are not being saved in the browser.
    pub fn offers_export(self) -> bool {
        matches!(self, Notice::StorageUnavailable | Notice::SaveFailed)
    }
}
