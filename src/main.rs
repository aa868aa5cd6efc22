fn main() {
    console_error_panic_hook::set_once();
    arbeitgeber_check::app::mount_in_steps();
}
