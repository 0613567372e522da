# ucdhcp: DHCP options 120 and 43 for Lync / Skype for Business IP phones
# Windows DHCP (PowerShell), file ucdhcp-powershell-sites.ps1
#
# Run in an elevated PowerShell on the DHCP server or with -ComputerName. It adds the vendor class
# MSUCClient (data MS-UC-Client), option 120 and sub-options 1-5 as BinaryData only where they are
# missing, then sets the values server wide, and option 120 on each site's scope, which must exist.
# With Windows DHCP failover, run it on both partners: option definitions, vendor classes and
# server-level values are not replicated, and scope values reach the partner only when the scopes are
# replicated (Invoke-DhcpServerv4FailoverReplication), which needs the definitions there first.
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
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=sba01.berlin.schertz.local&scope=10.20.30.0%2F24&ntp=10.10.10.10&vendor=powershell
#   paris 10.20.40.0/24: option 120 192.0.2.5 01C0000205
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&sba=192.0.2.5&scope=10.20.40.0%2F24&ntp=10.10.10.10&site=paris&vendor=powershell
#   hq 10.1.0.0/16: option 120 lync.schertz.local 00046C796E63077363686572747A056C6F63616C00
#   Permalink: http://localhost:8080/?pool=lync.schertz.local&scope=10.1.0.0%2F16&ntp=10.10.10.10&site=hq&vendor=powershell
# Permalink: http://localhost:8080/?pool=lync.schertz.local&ntp=10.10.10.10&sites=berlin%2C10.20.30.0%2F24%2Csba01.berlin.schertz.local%0Aparis%2C10.20.40.0%2F24%2C192.0.2.5%0Ahq%2C10.1.0.0%2F16&vendor=powershell
#
# Warnings: none
#
# Rollback:
# Run it again with -Remove: it removes the values, the definitions and the class it adds.
#
# Usage (elevated, DhcpServer module: Windows Server 2012 or later, or RSAT):
#   .\ucdhcp-powershell-sites.ps1 [-ComputerName dhcp01]            configures; safe to run again
#   .\ucdhcp-powershell-sites.ps1 [-ComputerName dhcp01] -Remove    removes what it adds
[CmdletBinding()]
param(
    [string]$ComputerName = $env:COMPUTERNAME,
    [switch]$Remove
)
$ErrorActionPreference = 'Stop'
Import-Module DhcpServer

# The bytes DHCPUtil.exe would compute for these inputs.
$option120ByScope = [ordered]@{
    # berlin: sba01.berlin.schertz.local
    '10.20.30.0' = [byte[]](0x00,0x05,0x73,0x62,0x61,0x30,0x31,0x06,0x62,0x65,0x72,0x6C,0x69,0x6E,0x07,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x05,0x6C,0x6F,0x63,0x61,0x6C,0x00)
    # paris: 192.0.2.5
    '10.20.40.0' = [byte[]](0x01,0xC0,0x00,0x02,0x05)
    # hq: lync.schertz.local
    '10.1.0.0' = [byte[]](0x00,0x04,0x6C,0x79,0x6E,0x63,0x07,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x05,0x6C,0x6F,0x63,0x61,0x6C,0x00)
}
$subOptions = [ordered]@{
    # UC Identifier: MS-UC-Client
    1 = [byte[]](0x4D,0x53,0x2D,0x55,0x43,0x2D,0x43,0x6C,0x69,0x65,0x6E,0x74)
    # URL Scheme: https
    2 = [byte[]](0x68,0x74,0x74,0x70,0x73)
    # Web Server FQDN: lync.schertz.local
    3 = [byte[]](0x6C,0x79,0x6E,0x63,0x2E,0x73,0x63,0x68,0x65,0x72,0x74,0x7A,0x2E,0x6C,0x6F,0x63,0x61,0x6C)
    # Port: 443
    4 = [byte[]](0x34,0x34,0x33)
    # Relative Path for Cert Prov: /CertProv/CertProvisioningService.svc
    5 = [byte[]](0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x2F,0x43,0x65,0x72,0x74,0x50,0x72,0x6F,0x76,0x69,0x73,0x69,0x6F,0x6E,0x69,0x6E,0x67,0x53,0x65,0x72,0x76,0x69,0x63,0x65,0x2E,0x73,0x76,0x63)
}
$ntpServers = @('10.10.10.10')
$scope = @{ }

if ($Remove) {
    foreach ($id in $subOptions.Keys) {
        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
        Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue
    }
    foreach ($scopeId in $option120ByScope.Keys) {
        Remove-DhcpServerv4OptionValue -ComputerName $ComputerName -ScopeId $scopeId -OptionId 120 -ErrorAction SilentlyContinue
    }
    Remove-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue
    Remove-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -ErrorAction SilentlyContinue
    Remove-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 42 -ErrorAction SilentlyContinue
    return
}

# Add what is missing; Set-DhcpServerv4OptionValue overwrites, so a second run changes nothing.
# The class name is MSUCClient; MS-UC-Client is the data phones send in option 60.
if (-not (Get-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4Class -ComputerName $ComputerName -Name 'MSUCClient' -Type Vendor -Data 'MS-UC-Client' -Description 'UC Vendor Class Id'
}
if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -OptionId 120 -ErrorAction SilentlyContinue)) {
    Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -Name 'UCSipServer' -OptionId 120 -Type BinaryData -Description 'Sip Server Fqdn'
}
$names = @{ 1 = 'UCIdentifier'; 2 = 'URLScheme'; 3 = 'WebServerFqdn'; 4 = 'WebServerPort'; 5 = 'CertProvRelPath' }
foreach ($id in $subOptions.Keys) {
    if (-not (Get-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -OptionId $id -ErrorAction SilentlyContinue)) {
        Add-DhcpServerv4OptionDefinition -ComputerName $ComputerName -VendorClass 'MSUCClient' -Name $names[$id] -OptionId $id -Type BinaryData
    }
}
# Option 120 on each site's scope, to that site's registrar.
foreach ($site in $option120ByScope.GetEnumerator()) {
    Set-DhcpServerv4OptionValue -ComputerName $ComputerName -ScopeId $site.Key -OptionId 120 -Value $site.Value
}
# GetEnumerator: an integer index on an [ordered] dictionary is a position, not a key.
foreach ($subOption in $subOptions.GetEnumerator()) {
    Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -VendorClass 'MSUCClient' -OptionId $subOption.Key -Value $subOption.Value
}
# Option 42, NTP servers, is built into Windows DHCP.
Set-DhcpServerv4OptionValue -ComputerName $ComputerName @scope -OptionId 42 -Value $ntpServers
