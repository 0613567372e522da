# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# MikroTik RouterOS, file ucdhcp-mikrotik-sites.rsc
#
# Import with `/import ucdhcp-mikrotik-sites.rsc` or paste into a terminal. It adds DHCP option
# entries for 120 and 43 and, on RouterOS v7.4 and later, an option set with a matcher so only
# MS-UC-Client phones get them. For RouterOS v6 use the commented network line at the end instead of
# the matcher.
#
# Level: per site. Option 120 is set on each site's scope to its own registrar; option 43 (one vendor
# class) and the other options are central.
# Option 120 names each site's Survivable Branch Appliance where the line gives one, else
# lync.schertz.local. Option 43 stays on the central web services FQDN lync.schertz.local: an SBA has
# no web services, so signing in a new phone with a PIN needs the central site.
#
# Inputs:
#   pool     lync.schertz.local
#   web      lync.schertz.local (default: pool)
#   director (none)
#   sba      (none)
#   port     443
#   path     /CertProv/CertProvisioningService.svc
#   scheme   https
#   scope    (per site, below)
#   ntp      10.10.10.10
#   vlan     (none)
# Option 120 (21 bytes): 00046C796E63077363686572747A056C6F63616C00
# Option 43 for MS-UC-Client (85 bytes): https://lync.schertz.local:443/CertProv/CertProvisioningService.svc
# Sites (3), each with its scope, option 120 and own permalink:
#   berlin 10.20.30.0/24: option 120 sba01.berlin.schertz.local 00057362613031066265726C696E077363686572747A056C6F63616C00
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.berlin.schertz.local&scope=10.20.30.0%2F24&ntp=10.10.10.10&vendor=mikrotik
#   paris 10.20.40.0/24: option 120 192.0.2.5 01C0000205
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=192.0.2.5&scope=10.20.40.0%2F24&ntp=10.10.10.10&site=paris&vendor=mikrotik
#   hq 10.1.0.0/16: option 120 lync.schertz.local 00046C796E63077363686572747A056C6F63616C00
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&scope=10.1.0.0%2F16&ntp=10.10.10.10&site=hq&vendor=mikrotik
# Permalink: http://localhost:8080/?pool=lync.schertz.local&ntp=10.10.10.10&sites=berlin%2C10.20.30.0%2F24%2Csba01.berlin.schertz.local%0Aparis%2C10.20.40.0%2F24%2C192.0.2.5%0Ahq%2C10.1.0.0%2F16&vendor=mikrotik
#
# Warnings: none
#
# Rollback:
# /ip dhcp-server matcher remove [find name~"^ucdhcp-"]
# /ip dhcp-server option sets remove [find name~"^ucdhcp-"]
# /ip dhcp-server option remove [find name~"^ucdhcp-"]
# (v6: set dhcp-option= on the network back to what it was.)

# ---- ucdhcp begin ----
/ip dhcp-server option
add name=ucdhcp-berlin-120 code=120 value=0x00057362613031066265726C696E077363686572747A056C6F63616C00
add name=ucdhcp-paris-120 code=120 value=0x01C0000205
add name=ucdhcp-hq-120 code=120 value=0x00046C796E63077363686572747A056C6F63616C00
add name=ucdhcp-43 code=43 value=0x010C4D532D55432D436C69656E740205687474707303126C796E632E7363686572747A2E6C6F63616C040334343305252F4365727450726F762F4365727450726F766973696F6E696E67536572766963652E737663
add name=ucdhcp-42 code=42 value=0x0A0A0A0A

# RouterOS v7.4 and later: only clients whose option 60 is MS-UC-Client get these options.
# CHANGE each server=dhcp-<site> below to the DHCP server that serves that site's phones
# (/ip dhcp-server print): the names are placeholders.
# RouterOS sends an option only if the phone asks for it (option 55); add force=yes to the
# option entries above (7.1rc5 and later) if a phone does not ask.
/ip dhcp-server option sets
add name=ucdhcp-berlin-msuc options=ucdhcp-43,ucdhcp-berlin-120,ucdhcp-42
add name=ucdhcp-paris-msuc options=ucdhcp-43,ucdhcp-paris-120,ucdhcp-42
add name=ucdhcp-hq-msuc options=ucdhcp-43,ucdhcp-hq-120,ucdhcp-42
/ip dhcp-server matcher
add name=ucdhcp-berlin-msuc server=dhcp-berlin code=60 value="MS-UC-Client" option-set=ucdhcp-berlin-msuc
add name=ucdhcp-paris-msuc server=dhcp-paris code=60 value="MS-UC-Client" option-set=ucdhcp-paris-msuc
add name=ucdhcp-hq-msuc server=dhcp-hq code=60 value="MS-UC-Client" option-set=ucdhcp-hq-msuc

# RouterOS v6 has no matcher: instead of the v7 lines above, attach the options to the phones'
# network, where every client that asks for them gets them. Remove the leading # to use:
# /ip dhcp-server network set [find address=10.20.30.0/24] dhcp-option=ucdhcp-43,ucdhcp-berlin-120,ucdhcp-42
# /ip dhcp-server network set [find address=10.20.40.0/24] dhcp-option=ucdhcp-43,ucdhcp-paris-120,ucdhcp-42
# /ip dhcp-server network set [find address=10.1.0.0/16] dhcp-option=ucdhcp-43,ucdhcp-hq-120,ucdhcp-42
# ---- ucdhcp end ----
