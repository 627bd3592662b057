"""The UI-free core: the model of a delmål, storage, drafts, the interview, SMART, exports."""
