{{header}}

# ---- ucdhcp begin ----
/ip dhcp-server option
{{options}}

# RouterOS v7.4 and later: only clients whose option 60 is MS-UC-Client get these options.
{{serverNote}}
# RouterOS sends an option only if the phone asks for it (option 55); add force=yes to the
# option entries above (7.1rc5 and later) if a phone does not ask.
/ip dhcp-server option sets
{{optionSets}}
/ip dhcp-server matcher
{{matchers}}
{{vlanMatcher}}

# RouterOS v6 has no matcher: instead of the v7 lines above, attach the options to the phones'
# network, where every client that asks for them gets them. Remove the leading # to use:
{{v6Networks}}
# ---- ucdhcp end ----
